import type { ServerModule } from '../../core/module.ts';
import { registerFilesRoutes } from './files.routes.ts';

/** Attachments of any record; a module registers its records as file owners. */
export const filesModule: ServerModule = {
  name: 'files',
  routes: (app) => registerFilesRoutes(app),
};

export { registerFileOwner, type FileOwner, type FileOwnerResolver } from './file/file-owner.ts';
// The portal attaches a citizen's files through the same checks and audit as a staff upload.
export { uploadFile } from './file/upload-file.ts';
