// Media file names are content addressed (`<sha256>.<ext>` in the project's media/ folder);
// nothing else may reach an export path, a figure's `src` or the social image.
export const MEDIA_FILE_NAME = /^[0-9a-f]{64}\.(?:jpg|png|gif|webp)$/;
