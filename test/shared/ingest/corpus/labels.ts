import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/**
 * The labelled corpus in test/ingest-corpus/stories: one folder per story, holding the story
 * (story.txt, story.md or story.html) and labels.json, the claims a fact-checker would list.
 */
export const CORPUS_DIR = fileURLToPath(new URL('../../../ingest-corpus/stories/', import.meta.url))

const claimLabelSchema = z
  .object({
    id: z.string().min(1),
    /** A distinctive substring of the story's source text, found there exactly once. */
    quote: z.string().min(3),
    /**
     * Acceptable speakers, the first the canonical one. "unknown" is the story's own statement;
     * "unnamed speaker" someone the story does not name.
     */
    speaker: z.array(z.string().min(1)).min(1),
  })
  .strict()

export const storyLabelsSchema = z
  .object({
    title: z.string().min(1),
    style: z.string().min(1),
    language: z.string().min(2),
    /** Written before any rule change and never used to tune the rules. */
    heldOut: z.boolean(),
    /**
     * Held out in an earlier round, then used for development once its gaps were known
     * (docs/ingest.md, Measured: the protocol).
     */
    formerlyHeldOut: z.boolean().optional(),
    claims: z.array(claimLabelSchema).min(1),
    /** Revision chains, each in order: every claim revises the one before it. */
    chains: z.array(z.array(z.string()).min(2)),
  })
  .strict()
  .superRefine((labels, ctx) => {
    const ids = new Set(labels.claims.map((claim) => claim.id))
    if (ids.size !== labels.claims.length)
      ctx.addIssue({ code: 'custom', message: 'claim ids must be unique' })
    for (const chain of labels.chains)
      for (const id of chain)
        if (!ids.has(id))
          ctx.addIssue({ code: 'custom', message: `chain names unknown claim ${id}` })
  })

export type StoryLabels = z.infer<typeof storyLabelsSchema>
export type ClaimLabel = StoryLabels['claims'][number]

export interface CorpusStory {
  readonly name: string
  readonly filename: string
  readonly text: string
  readonly labels: StoryLabels
}

const STORY_FILES = ['story.txt', 'story.md', 'story.html']

/** Every story in the corpus, in folder order; a malformed label file fails with its path. */
export const loadCorpus = (dir: string = CORPUS_DIR): CorpusStory[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(dir, name)
      const filename = STORY_FILES.find((file) => existsSync(join(folder, file)))
      if (filename === undefined)
        throw new Error(`${folder}: no story.txt, story.md or story.html in this corpus folder`)
      const parsed = storyLabelsSchema.safeParse(
        JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')),
      )
      if (!parsed.success)
        throw new Error(`${folder}/labels.json is not a valid label file: ${parsed.error.message}`)
      return {
        name,
        filename,
        text: readFileSync(join(folder, filename), 'utf8'),
        labels: parsed.data,
      }
    })
