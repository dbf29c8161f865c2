export type SpeakerType = 'person' | 'org' | 'group' | 'name'

export interface Speaker {
  readonly who: string
  readonly role?: string
  readonly type: SpeakerType
  readonly plural: boolean
}
