// Entry of the backend's own process (bundled as dist/main/backend.cjs): Electron's main process
// starts it with utilityProcess.fork, browser mode and tests with child_process.fork. When the parent
// goes away, the backend closes the data (releasing its write lock) and ends.
import { channelToParent } from './channel';
import { serveBackend } from './host';
import { useNativeBuilds } from './nativeModules';

// `npm start`: the Electron builds of the native modules, before anything loads them.
if (process.env.TIENDO_NATIVE_MODULES) useNativeBuilds(process.env.TIENDO_NATIVE_MODULES);

const channel = channelToParent();
if (!channel) {
  console.error(
    'Đây là phần xử lý dữ liệu của TienDo, chỉ chạy khi TienDo khởi động nó. Hãy mở TienDo (npm start) hoặc chế độ trình duyệt (npm run start:web).',
  );
  process.exit(2);
}
const backend = serveBackend(channel, { exit: (code) => process.exit(code) });
// Node's IPC closes when the parent dies (killed or not); a utilityProcess is ended by Electron itself.
process.on('disconnect', () => {
  backend.close();
  process.exit(0);
});
