// A small application menu. The edit items use Electron roles so the usual shortcuts
// (undo, cut, copy, paste, select all) work everywhere, macOS included, where text fields
// only get them through the menu. Developer tools only with SOAN_DEV=1.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildAppMenu(options: { isMac: boolean; devTools: boolean }): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'Tệp',
      submenu: [options.isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' }],
    },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'pasteAndMatchStyle', label: 'Dán không kèm định dạng' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        ...(options.devTools
          ? [
              { type: 'separator' } as const,
              { role: 'reload', label: 'Tải lại' } as const,
              { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' } as const,
            ]
          : []),
      ],
    },
    { role: 'windowMenu', label: 'Cửa sổ' },
  ];
  return Menu.buildFromTemplate(template);
}
