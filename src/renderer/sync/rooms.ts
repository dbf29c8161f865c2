export { LIBRARY_ROOM } from '../../shared/protocol/library-room'
