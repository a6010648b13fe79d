/** The seed file format, clip identity and seed folder naming (see each module). */
export { parseSeedFile, SeedFormatError, writeSeedFile } from './front-matter';
export {
  clipToSeedDocument,
  seedBody,
  type SeedDocumentOptions,
  type SeedSource,
  type SeedSourceMeta,
  type StoredClipLike,
} from './from-clip';
export { parseSeedFileName, safeFileName, seedFileName } from './file-name';
export { canonicalizeUrl, clipIdForUrl, clipIdForUrlSync, isClipId } from './url';
