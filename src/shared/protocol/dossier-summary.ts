import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { statusCountsSchema } from './library-schemas'
import { count } from './rpc-method'

export const dossierSummarySchema = z.object({
  id: dossierIdSchema,
  title: z.string(),
  story: z.string(),
  claims: count,
  counts: statusCountsSchema,
  /** ISO time of the last change the host knows of. */
  updated: z.string(),
})
export type DossierSummaryWire = z.infer<typeof dossierSummarySchema>
