/** Import seed folders, file selections and zips (see import.ts and zip-reader.ts). */
export {
  importAny,
  importSeedFiles,
  importZip,
  MAX_SEED_FILE_SIZE,
  type FileIssue,
  type ImportedFile,
  type ImportInput,
  type ImportOptions,
  type ImportReport,
} from './import';
export {
  DEFAULT_ZIP_LIMITS,
  readZipEntries,
  unsafePathReason,
  ZipEntryError,
  ZipFormatError,
  type ZipEntry,
  type ZipIssue,
  type ZipLimits,
} from './zip-reader';
