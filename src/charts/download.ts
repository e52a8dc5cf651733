// The download helpers moved to src/ui (features save files too); re-exported because the charts'
// index has always exported them.
export { downloadDataUrl, safeFileName } from '../ui/download';
