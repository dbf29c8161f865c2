export { extractClaims } from './extract-claims'
