<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Sửa hàng loạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan &amp;chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lãnh đạo phụ trách:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhóm nhiệm vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15/06/2023, Tháng 6, Quý II, Thường xuyên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a81c1c;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Đặt các trường được đánh dấu cho %n nội dung đã chọn. Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thời hạn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn cơ quan chủ trì trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy đánh dấu ít nhất một trường cần đặt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>không có loại báo cáo &quot;%1&quot; (chọn: unit-summary, appendix, progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-by phải là unit, month hoặc quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>máy chủ PostgreSQL (%1) chưa được hỗ trợ trong phiên bản này; hãy dùng một tệp SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 là một thư mục, không phải tệp cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không tạo được thư mục %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không mở được cơ sở dữ liệu %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 không phải là tệp cơ sở dữ liệu của chương trình (hoặc tệp đã hỏng)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSource</name>
    <message>
        <source>Trạng thái hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>dd/MM/yyyy, &quot;Tháng 6&quot;, &quot;Tháng 6/2023&quot;, &quot;Quý II&quot;, &quot;Quý II/2023&quot;, &quot;6 tháng đầu năm&quot;, &quot;6 tháng cuối năm&quot;, &quot;Cả năm&quot;, &quot;Năm 2023&quot;, &quot;Trước 30/6&quot;, &quot;Thường xuyên&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày &quot;%1&quot; không tồn tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có tháng %1 trong &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không đọc được ngày sau chữ &quot;Trước&quot; trong &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có quý &quot;%1&quot; (một năm có các quý I đến IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không đọc được thời hạn &quot;%1&quot;; các cách viết được chấp nhận: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>không biết ghi tệp &quot;%1&quot;: hãy dùng đuôi .xlsx, .csv hoặc .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không ghi được tệp %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không tạo được tệp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không ghi được tệp %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1, ngày      tháng      năm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ngày %2 tháng %3 năm %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số:          /%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBlock</name>
    <message>
        <source>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Độc lập - Tự do - Hạnh phúc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message>
        <source>cột &quot;%1&quot; xuất hiện hai lần (cột %2 và %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Nhập chương trình công tác năm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng Excel (.xlsx) hoặc CSV có dòng tiêu đề như &quot;STT | Nội dung công việc | Cơ quan chủ trì | …&quot;; các dòng tên cơ quan, tên chương trình phía trên bảng được bỏ qua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trang đầu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang &amp;tính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm vào danh mục các đơn vị chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.csv *.json);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra trước khi nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các cột được nhận ra theo tiêu đề; có thể đổi ở bên trái. Dòng có lỗi tô đỏ; chưa ghi gì cho đến khi bấm Tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— không có —</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nội dung hợp lệ, sẵn sàng nhập vào chương trình năm %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lỗi&lt;/b&gt; — sửa tệp (hoặc đổi cột ở bên trái) rồi kiểm tra lại; chưa có gì được ghi.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có tệp &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp còn lỗi; không nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu; không có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Đã nhập &lt;b&gt;%1&lt;/b&gt; nội dung vào chương trình năm %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Đơn vị mới thêm vào danh mục: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>thiếu cột bắt buộc %1 trong dòng tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> và </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp không có dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột &quot;%1&quot; và &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bảng không có nội dung công việc nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cột STT trống, trùng hoặc không phải số: các nội dung được đánh số lại từ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>15/06/2023, Tháng 6, Quý II, Thường xuyên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot;; hãy chọn trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;STT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nội dung công việc (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan &amp;chủ trì (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan &amp;phối hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15/06/2023, Tháng 6, Quý II, 6 tháng đầu năm, Thường xuyên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lãnh đạo phụ trách:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;hóm nhiệm vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hình thức:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cấp trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a81c1c;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa nội dung số %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có ngày hạn cố định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập nội dung công việc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn cơ quan chủ trì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot;; hãy chọn trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemService</name>
    <message>
        <source>nội dung số %1 vừa được người khác sửa; hãy tải lại rồi sửa lại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>%1 — quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quá hạn %n ngày</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có ngày hạn cố định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công việc không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa %1 của nội dung số %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung số %1 không còn trong chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lãnh đạo phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quản lý Chương trình công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { background: #fff4e5; border: 1px solid #f0b46c; border-radius: 3px; padding: 4px 8px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm trong nội dung, ghi chú, tên đơn vị — không cần gõ dấu (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ &amp;quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ t&amp;rì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phối hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạn&amp;g thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhóm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lãnh đạo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn &amp;từ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đế&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số nội dung theo đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mở cơ sở dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel/CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất &amp;danh sách đang hiển thị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất &amp;cả chương trình năm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhân bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa trong &amp;hộp thoại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa &amp;hàng loạt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bỏ mọi bộ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ nội dung &amp;quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Quản lý Chương trình công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm %1 chưa có chương trình; thêm nội dung hoặc nhập từ Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tất cả)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiển thị %1/%2 nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&apos;overdue&apos;&gt;&lt;b&gt;%n nội dung quá hạn&lt;/b&gt;&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&apos;soon&apos;&gt;%n nội dung đến hạn trong %1 ngày tới&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cần chú ý: %1 — bấm để xem; số theo từng đơn vị ở bảng phía dưới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản lý Chương trình công tác %1

Lập, rà soát, theo dõi và in chương trình công tác năm của Ủy ban nhân dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm nội dung số %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nhân bản %n nội dung</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sửa nội dung số %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sửa hàng loạt %n nội dung</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… và %n nội dung khác</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xóa %n nội dung sau khỏi chương trình?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xóa %n nội dung</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n nội dung.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>chuong-trinh-cong-tac-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất danh sách đang hiển thị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất cả chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất %1 nội dung ra %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>cơ sở dữ liệu này không hỗ trợ sao lưu trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không mở được %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không %1 được: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hỏng cấu trúc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tham chiếu không hợp lệ (bảng, dòng, bảng cha): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không ghi được tệp sao lưu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có tệp sao lưu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp sao lưu %1 bị hỏng, không khôi phục: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 không phải là bản sao lưu của chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>Trang %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Chương trình công tác năm %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>cần một QGuiApplication để in báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không ghi được tệp %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không tạo được tệp PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Chương trình công tác năm %1 của UBND quận Nam Từ Liêm (dữ liệu mẫu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (đợt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung chung của nhiều đơn vị: cơ quan chủ trì xây dựng đề án</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureBlock</name>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu: VT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCountsModel</name>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bấm để lọc danh sách theo ô này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến hạn trong %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitListEditor</name>
    <message>
        <source>Lọc đơn vị (không cần dấu)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quản lý Chương trình công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐƯỜNG_DẪN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm của chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NĂM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày dùng để tính quá hạn (mặc định: hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGÀY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lưu ảnh các màn hình vào thư mục rồi thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp dùng cho ảnh trình nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::ProgramStateInfo</name>
    <message>
        <source>Thu thập đề xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng hợp dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lãnh đạo xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều chỉnh trong năm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::StatusInfo</name>
    <message>
        <source>Nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu điều chỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đưa vào dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đưa vào chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rút khỏi chương trình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::cli::Cli</name>
    <message>
        <source>tạo hoặc nâng cấp cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu: 17 đơn vị của quận Nam Từ Liêm và chương trình 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh mục đơn vị: list | add | alias | set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liệt kê các chương trình theo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập bảng chương trình công tác từ tệp .xlsx, .csv hoặc .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số nội dung theo đơn vị chủ trì và trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liệt kê, lọc và tìm các nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xuất chương trình ra tệp .xlsx, .csv hoặc .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in báo cáo ra PDF: tổng hợp theo đơn vị, phụ lục, tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sao lưu cơ sở dữ liệu (an toàn cả khi chương trình đang mở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khôi phục cơ sở dữ liệu từ tệp sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiểm tra tính toàn vẹn của cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản lý Chương trình công tác — công cụ dòng lệnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: workprogram-cli LỆNH [TÙY CHỌN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các lệnh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem tùy chọn của một lệnh: workprogram-cli LỆNH --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã thoát: 0 thành công; 1 sai cú pháp; 2 dữ liệu đầu vào không hợp lệ; 3 lỗi cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workprogram-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp cơ sở dữ liệu (mặc định: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐƯỜNG_DẪN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiện hướng dẫn này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tùy chọn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tham số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu tham số: workprogram-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tham số thừa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hãy chọn năm của chương trình bằng --year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có chương trình năm %1 (cơ sở dữ liệu chưa có chương trình nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có chương trình năm %1 (có các năm: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; có thể là nhiều đơn vị; hãy ghi mã đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có đơn vị &quot;%1&quot; (xem: workprogram-cli units list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>định dạng không hợp lệ: %1 (chọn: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày không hợp lệ cho --%1: %2 (viết dd/MM/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lỗi: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem: workprogram-cli %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lỗi: không có lệnh &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 sẵn sàng (lược đồ phiên bản %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table | csv | json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐỊNH_DẠNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên ngắn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm không hợp lệ cho --%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order phải là số nguyên dương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên đầy đủ của đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên ngắn dùng trong bảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên khác (có thể lặp lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thứ tự hiển thị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SỐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm đầu tiên đơn vị tồn tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NĂM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm cuối cùng đơn vị tồn tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đánh dấu ngừng hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đánh dấu đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ các đơn vị của năm này (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table | csv | json (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách dùng: workprogram-cli units add MÃ --name &quot;TÊN ĐẦY ĐỦ&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu --name cho đơn vị %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đã có đơn vị mã %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm đơn vị %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách dùng: workprogram-cli units alias ĐƠN_VỊ TÊN_KHÁC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách dùng: workprogram-cli units set ĐƠN_VỊ [--name ...] [--short ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cập nhật đơn vị %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có lệnh units %1 (chọn: list, add, alias, set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ tạo danh mục 17 đơn vị, không tạo chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục đơn vị: đã thêm %1 đơn vị mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chương trình năm %1 đã có nội dung; không ghi đè bằng dữ liệu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tạo chương trình mẫu năm %1 (dữ liệu mẫu, 535 nội dung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm của chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm các đơn vị chưa có trong danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ kiểm tra, không ghi gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên trang tính (mặc định: trang đầu tiên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bảng mã của tệp CSV không phải UTF-8, ví dụ WINDOWS-1258</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BẢNG_MÃ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trạng thái của các dòng không ghi trạng thái (mặc định: proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRẠNG_THÁI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hãy cho biết năm của chương trình bằng --year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có tệp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không hiểu trạng thái &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cảnh báo: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... và %1 lỗi khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Không nhập gì: %n lỗi; cơ sở dữ liệu không thay đổi.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kiểm tra xong (không ghi): %1 nội dung hợp lệ cho chương trình năm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập %1 nội dung vào chương trình năm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẽ thêm đơn vị mới: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm đơn vị mới: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit | status | unit,status (mặc định: unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by phải là unit, status hoặc unit,status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị chủ trì (mã, tên hoặc tên khác; có thể lặp lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ĐƠN_VỊ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trạng thái (có thể lặp lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tìm trong nội dung, ghi chú và tên đơn vị, không phân biệt dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHỮ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hạn đến hết ngày (dd/MM/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGÀY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ các nội dung quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tính quá hạn theo ngày này (mặc định: hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (quá hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp xuất: .xlsx, .csv hoặc .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu --out TỆP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không biết ghi tệp &quot;%1&quot;: hãy dùng đuôi .xlsx, .csv hoặc .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất %1 nội dung ra %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp sao lưu cần ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có cơ sở dữ liệu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao lưu %1 vào %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp sao lưu cần khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu --from TỆP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục %1 từ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 không có lỗi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 có lỗi; hãy khôi phục từ bản sao lưu (workprogram-cli restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit-summary (tổng hợp theo đơn vị) | appendix (phụ lục chương trình) | progress (báo cáo tiến độ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOẠI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ các đơn vị chủ trì này (mã, tên hoặc tên khác; có thể lặp lại; mặc định: tất cả)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in từ một ảnh chụp của chương trình thay vì trạng thái hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: tính tiến độ đến ngày này (mặc định: hôm nay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appendix: nhóm theo unit | month | quarter (mặc định: unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp PDF để ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu --kind unit-summary|appendix|progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu --out TỆP.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>báo cáo chỉ ghi ra tệp .pdf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-by chỉ dùng với --kind appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of chỉ dùng với --kind progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có ảnh chụp (snapshot) &quot;%1&quot;: phiên bản này chưa lưu ảnh chụp chương trình; bỏ --snapshot để in trạng thái hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi %1 (%2 trang) ra %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::io</name>
    <message>
        <source>tệp không phải UTF-8 (dòng %1); hãy lưu lại dưới dạng CSV UTF-8 hoặc dùng --encoding WINDOWS-1258</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp có byte NUL ở dòng %1: có vẻ là tệp nhị phân, không phải văn bản CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp có byte không hợp lệ trong bảng mã %1 (dòng %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp kết thúc giữa một ký tự của bảng mã %1 (dòng %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lỗi đọc tệp ở dòng %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ô dài hơn %1 ký tự (%2); có thể thiếu dấu ngoặc kép đóng của ô bắt đầu ở dòng %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ô dài hơn %1 ký tự (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dòng có hơn %1 cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp có quá nhiều dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dấu ngoặc kép mở ở dòng %1 không được đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không mở được tệp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không hỗ trợ bảng mã &quot;%1&quot; (ví dụ bảng mã dùng được: WINDOWS-1258, UTF-16, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không mở được tệp: %1 là một thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp rỗng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx (tệp .xlsx có đặt mật khẩu cũng có dạng này: hãy bỏ mật khẩu rồi lưu lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp không phải tệp .xlsx hợp lệ (không có cấu trúc zip của tệp Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>định dạng tệp không được hỗ trợ: cần tệp Excel .xlsx hoặc tệp CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp .xlsx thiếu phần %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML không hợp lệ trong %1 (dòng %2 của XML): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trang tính quá lớn: %1 giải nén ra hơn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp Excel quá lớn: phần %1 giải nén ra hơn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp không phải là tệp Excel .xlsx hợp lệ (dữ liệu nén của %1 bị hỏng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML trong %1 lồng quá sâu (hơn %2 cấp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 có khai báo DOCTYPE mà tệp Excel không bao giờ có; tệp bị từ chối vì có thể là tệp độc hại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp không phải là tệp Excel .xlsx hợp lệ (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không đọc được cấu trúc zip; tệp bị cắt cụt, hỏng hoặc không phải tệp zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp OpenDocument (.ods) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp .xlsx không có trang tính nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có trang tính &quot;%1&quot;; tệp có các trang tính: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trang tính &quot;%1&quot; là biểu đồ, không có ô dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu phần %1 của trang tính &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số dòng &quot;%1&quot; trong trang tính không hợp lệ (Excel có %2 dòng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ô %1 nằm ngoài giới hạn %2 cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dòng có ô nằm ngoài giới hạn %1 cột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ô %1 tham chiếu chuỗi dùng chung số &quot;%2&quot; nhưng tệp chỉ có %3 chuỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp có hơn %1 chuỗi dùng chung (sharedStrings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::io::FieldInfo</name>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lãnh đạo phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::io::JsonReader</name>
    <message>
        <source>không mở được tệp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON quá lớn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON không hợp lệ: %1 (vị trí %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON phải là một mảng các nội dung công việc hoặc có khóa &quot;items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::io::RowInterpreter</name>
    <message>
        <source>&quot;%1&quot; có thể là nhiều đơn vị: %2; hãy ghi rõ tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không có đơn vị &quot;%1&quot; trong danh mục đơn vị (thêm bằng lệnh &quot;units add&quot; hoặc nhập với --create-units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dòng có dữ liệu ngoài bảng (cột %1 không có tiêu đề)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu cơ quan chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mỗi nội dung chỉ có một cơ quan chủ trì, ở đây có %1: %2; ghi các đơn vị còn lại vào cột cơ quan phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không đọc được thời hạn &quot;%1&quot;; các cách viết được chấp nhận: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không hiểu trạng thái &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::reports::Appendix</name>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phụ lục — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phụ lục — Chương trình công tác năm %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Kèm theo Quyết định số          /QĐ-%1 ngày       tháng       năm %2 của %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHỤ LỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TỔNG HỢP SỐ NỘI DUNG THEO ĐƠN VỊ CHỦ TRÌ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 nội dung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thường xuyên, định kỳ, không có thời hạn cụ thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::reports::CountRows</name>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::reports::Progress</name>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa hoàn thành, còn trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa hoàn thành, đã quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ hoàn thành (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo tiến độ thực hiện Chương trình công tác năm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1 — Tiến độ đến ngày %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BÁO CÁO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiến độ thực hiện Chương trình công tác năm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Tính đến ngày %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. CÁC NỘI DUNG CHƯA HOÀN THÀNH, ĐÃ QUÁ HẠN (%1 nội dung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có nội dung nào chưa hoàn thành đã quá hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính đến ngày %1, Chương trình công tác năm %2 có %3 nội dung; đã hoàn thành %4 nội dung (đúng hạn %5, quá hạn %6), đạt %7%; chưa hoàn thành %8 nội dung, trong đó %9 nội dung đã quá hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú: Tỷ lệ hoàn thành = số nội dung đã hoàn thành / tổng số nội dung. Nội dung hoàn thành được tính là quá hạn khi đã có trong chương trình trước thời hạn và được cập nhật lần cuối sau thời hạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tính %1 nội dung đã rút khỏi chương trình hoặc không được chấp thuận.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::reports::ProgressRows</name>
    <message>
        <source>Tổng cộng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::reports::ReportData</name>
    <message>
        <source>Đơn vị #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::reports::UnitSummary</name>
    <message>
        <source>Danh mục nội dung công việc theo đơn vị năm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANH MỤC NỘI DUNG CÔNG VIỆC NĂM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị chủ trì: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số: %1 nội dung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng số: %1 nội dung, trong đó: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::storage</name>
    <message>
        <source>không bắt đầu được giao dịch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không ghi được thay đổi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương trình (lược đồ %1); hãy cập nhật chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp này là một cơ sở dữ liệu SQLite khác, không phải của chương trình công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không bắt đầu được giao dịch nâng cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không ghi được bước nâng cấp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lỗi cơ sở dữ liệu: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wp::storage::ReportSettings</name>
    <message>
        <source>KT. CHỦ TỊCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHÓ CHỦ TỊCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ tịch, các Phó Chủ tịch;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các cơ quan, đơn vị có tên tại báo cáo;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu: VT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
