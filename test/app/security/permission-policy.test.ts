import { describe, expect, it } from 'vitest'
import { appUrlCheck } from '../../../src/main/app/app-origin'
import {
  devicePermissionGranted,
  GRANTED_PERMISSIONS,
  permissionGranted,
} from '../../../src/main/app/permission-policy'

const isAppUrl = appUrlCheck(undefined)
const APP_PAGE = 'vdesk-app://desk/index.html'

const ask = (permission: string, requestingUrl = APP_PAGE, isMainFrame = true) =>
  permissionGranted({ permission, requestingUrl, isMainFrame }, isAppUrl)

describe('permissions', () => {
  it('are denied by default, to the app itself too', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'clipboard-read',
      'display-capture',
      'fullscreen',
      'openExternal',
      'pointerLock',
      'fileSystem',
      'hid',
      'serial',
      'usb',
      'persistent-storage',
      'window-management',
      'unknown',
      'toString',
      '__proto__',
    ]) {
      expect(ask(permission), permission).toBe(false)
    }
  })

  it('grant only what is listed with its reason, and only to the app’s main frame', () => {
    expect(Object.keys(GRANTED_PERMISSIONS)).toEqual(['clipboard-sanitized-write'])
    expect(ask('clipboard-sanitized-write')).toBe(true)
    // The origin form Electron gives the check handler.
    expect(ask('clipboard-sanitized-write', 'vdesk-app://desk')).toBe(true)
    expect(ask('clipboard-sanitized-write', APP_PAGE, false)).toBe(false)
    // Electron not saying which frame asks is no answer either.
    const unsaid = { permission: 'clipboard-sanitized-write', requestingUrl: APP_PAGE }
    expect(permissionGranted({ ...unsaid, isMainFrame: undefined }, isAppUrl)).toBe(false)
    expect(ask('clipboard-sanitized-write', 'https://example.org/')).toBe(false)
    expect(ask('clipboard-sanitized-write', '')).toBe(false)
  })

  it('never grant a device (USB, serial, HID)', () => {
    expect(devicePermissionGranted()).toBe(false)
  })
})
