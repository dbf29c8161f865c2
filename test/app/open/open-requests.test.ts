import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  INVITE_SCHEME,
  protocolClientArgs,
  readLaunchArgs,
  readOne,
  readOpened,
  refusalNotice,
} from '../../../src/main/app/open-requests'
import { OPENABLE_MAX_BYTES } from '../../../src/main/host/desktop/openable-files'
import { tempDir } from '../../support/temp-dir'

const INVITE = 'verification-desk://join/AQIDBAUGBwgJCgsMDQ4PEA'

/** A folder with one file of each kind the app opens, and some it does not. */
const files = async () => {
  const dir = await tempDir()
  const put = async (name: string, content: string | Buffer = 'text'): Promise<string> => {
    await writeFile(path.join(dir, name), content)
    return path.join(dir, name)
  }
  return {
    dir,
    story: await put('story.txt'),
    markdown: await put('Notes.MD'),
    page: await put('page.htm'),
    dossier: await put('dam.dossier'),
    json: await put('dam.json'),
    program: await put('setup.exe'),
    put,
  }
}

describe('what the OS hands the app, read into open requests', () => {
  it('keeps the files and invite links of a packaged app’s command line, skipping switches', async () => {
    const { dir, story, dossier, json } = await files()
    const read = await readLaunchArgs({
      argv: [
        '/opt/Verification Desk/verification-desk',
        '--no-sandbox',
        '--original-process-start-time=13345',
        '-psn_0_12345',
        story,
        'dam.dossier',
        INVITE,
        '--',
        json,
      ],
      cwd: dir,
      defaultApp: false,
    })
    expect(read).toEqual({
      requests: [
        { kind: 'file', path: story },
        { kind: 'file', path: dossier },
        { kind: 'invite', link: INVITE },
        { kind: 'file', path: json },
      ],
      refused: [],
    })
  })

  it('skips the app’s folder in development, and reads what follows `--` even with a dash', async () => {
    const { dir, put } = await files()
    const dashed = await put('-draft.md')
    const read = await readLaunchArgs({
      argv: ['/usr/lib/electron/electron', '.', '--inspect=5858', '--', '-draft.md'],
      cwd: dir,
      defaultApp: true,
    })
    expect(read).toEqual({ requests: [{ kind: 'file', path: dashed }], refused: [] })
    // Started without files: nothing to open, nothing to say.
    expect(await readLaunchArgs({ argv: ['/app/desk'], cwd: dir, defaultApp: false })).toEqual({
      requests: [],
      refused: [],
    })
  })

  it('takes macOS’s open-file paths and open-url links, and file: URLs', async () => {
    const { dir, markdown, page } = await files()
    expect(await readOne(markdown, '/')).toEqual({ kind: 'file', path: markdown })
    expect(await readOne(pathToFileURL(page).href, '/')).toEqual({ kind: 'file', path: page })
    // The scheme's case is the OS's business; the window gets the canonical prefix.
    expect(await readOne(`  VERIFICATION-DESK://join/AQIDBAUG  `, dir)).toEqual({
      kind: 'invite',
      link: 'verification-desk://join/AQIDBAUG',
    })
    expect(INVITE_SCHEME).toBe('verification-desk')
  })

  it('refuses, with a reason, what is missing, a folder, too large, of an unknown kind, or another link', async () => {
    const { dir, program, put } = await files()
    await mkdir(path.join(dir, 'archive.dossier'))
    const big = await put('long.txt', Buffer.alloc(OPENABLE_MAX_BYTES.story + 1, 'a'))
    const read = await readOpened(
      [
        'gone.md',
        'archive.dossier',
        big,
        program,
        'https://example.com/story.html',
        'verification-desk://settings',
        `verification-desk://join/${'A'.repeat(2000)}`,
        '',
      ],
      dir,
    )
    expect(read.requests).toEqual([])
    expect(read.refused).toEqual([
      { input: 'gone.md', reason: expect.stringMatching(/^there is no such file/) },
      { input: 'archive.dossier', reason: 'it is a folder; open a file in it instead' },
      { input: big, reason: expect.stringMatching(/^it is larger than the 3 MB the app opens/) },
      {
        input: program,
        reason: expect.stringMatching(
          /^the app does not open this kind of file; it opens \.dossier \.json \.txt/,
        ),
      },
      { input: 'https://example.com/story.html', reason: 'it is a link the app does not open' },
      {
        input: 'verification-desk://settings',
        reason: 'it is not an invite link (they start with verification-desk://join/)',
      },
      {
        input: expect.stringMatching(/^verification-desk:\/\/join\/A+$/),
        reason: expect.stringMatching(/damaged/),
      },
      { input: '', reason: 'it is empty' },
    ])
  })

  it('says a refusal as one sentence naming the file, not its folder', async () => {
    expect(
      refusalNotice({
        input: '/home/ana/Downloads/setup.exe',
        reason: 'the app does not open this kind of file.',
      }),
    ).toBe('setup.exe was not opened: the app does not open this kind of file.')
    expect(
      refusalNotice({
        input: 'https://example.com/a',
        reason: 'it is a link the app does not open',
      }),
    ).toBe('https://example.com/a was not opened: it is a link the app does not open.')
  })

  it('registers the invite scheme with the app’s folder in development only', () => {
    expect(
      protocolClientArgs({
        argv: ['/usr/lib/electron/electron', 'app'],
        cwd: '/work/desk',
        defaultApp: true,
      }),
    ).toEqual(['/work/desk/app'])
    expect(protocolClientArgs({ argv: ['/opt/desk/desk'], cwd: '/', defaultApp: false })).toBeNull()
  })
})
