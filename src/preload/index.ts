import { contextBridge } from 'electron'
import type { DeskApi } from './api'

const api: DeskApi = Object.freeze({ platform: 'electron', version: __DESK_VERSION__ })

contextBridge.exposeInMainWorld('desk', api)
