import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi, type UiEvent, type UiReply } from '../../shared/api.js';

/**
 * The narrow bridge: named functions only (built by createApi), never ipcRenderer itself.
 * Channel names are repeated here because the sandboxed preload cannot import main's modules.
 */
const api = createApi({
  invoke: (type, payload) => ipcRenderer.invoke('rco:invoke', type, payload) as Promise<UiReply>,
  subscribe: (listener) => {
    const handler = (_event: Electron.IpcRendererEvent, data: UiEvent) => listener(data);
    ipcRenderer.on('rco:event', handler);
    return () => ipcRenderer.removeListener('rco:event', handler);
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
});

contextBridge.exposeInMainWorld('api', api);
