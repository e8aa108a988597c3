<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Thêm người dùng</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập (*):</source>
        <translation>&amp;Login (*):</translation>
    </message>
    <message>
        <source>không dấu cách, ví dụ: nguyenvana</source>
        <translation>no spaces, e.g. nguyenvana</translation>
    </message>
    <message>
        <source>&amp;Họ và tên (*):</source>
        <translation>&amp;Full name (*):</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Chuyên viên, Chánh Văn phòng, Phó Chủ tịch…</source>
        <translation>Officer, Chief of the Office, Vice Chairman…</translation>
    </message>
    <message>
        <source>Đơn &amp;vị (*):</source>
        <translation>&amp;Unit (*):</translation>
    </message>
    <message>
        <source>Các đơn vị &amp;phụ trách:</source>
        <translation>Responsi&amp;ble for units:</translation>
    </message>
    <message>
        <source>Để trống: lãnh đạo xem và duyệt nội dung của mọi đơn vị</source>
        <translation>Leave empty: the leader sees and reviews the items of all units</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu (*):</source>
        <translation>&amp;Password (*):</translation>
    </message>
    <message>
        <source>Nhập &amp;lại mật khẩu (*):</source>
        <translation>R&amp;epeat password (*):</translation>
    </message>
    <message>
        <source>Mật khẩu ít nhất %1 ký tự. Cán bộ đơn vị thuộc đúng một đơn vị; lãnh đạo có thể được giới hạn ở một số đơn vị (để trống: mọi đơn vị).</source>
        <translation>Passwords have at least %1 characters. Unit staff belong to exactly one unit; leaders can be limited to some units (leave empty: all units).</translation>
    </message>
    <message>
        <source>V&amp;ai trò:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>nhật ký quản trị: dòng %1 không nối tiếp dòng trước; có dòng đã bị xóa hoặc sửa</source>
        <translation>admin log: row %1 does not follow the previous row; a row was deleted or changed</translation>
    </message>
    <message>
        <source>nhật ký quản trị: dòng %1 (%2 %3) đã bị sửa sau khi ghi</source>
        <translation>admin log: row %1 (%2 %3) was changed after it was written</translation>
    </message>
    <message>
        <source>nhật ký quản trị: các dòng cuối cùng đã bị xóa (mã băm cuối không khớp)</source>
        <translation>admin log: the last rows were deleted (the final hash does not match)</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Sửa hàng loạt</source>
        <translation>Bulk Edit</translation>
    </message>
    <message>
        <source>Cơ quan &amp;chủ trì:</source>
        <translation>L&amp;ead unit:</translation>
    </message>
    <message>
        <source>&amp;Lãnh đạo phụ trách:</source>
        <translation>Responsible &amp;leader:</translation>
    </message>
    <message>
        <source>&amp;Nhóm nhiệm vụ:</source>
        <translation>&amp;Task group:</translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>15/06/2023, Tháng 6, Quý II, Thường xuyên…</source>
        <translation>15/06/2023, Tháng 6, Quý II, Thường xuyên…</translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>color: #a81c1c;</source>
        <translation>color: #a81c1c;</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Đặt các trường được đánh dấu cho %n nội dung đã chọn. Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>
            <numerusform>Set the checked fields for the %n selected item. This can be undone with Ctrl+Z.</numerusform>
            <numerusform>Set the checked fields for the %n selected items. This can be undone with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thời hạn: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Hãy chọn cơ quan chủ trì trong danh sách.</source>
        <translation>Please choose a lead unit from the list.</translation>
    </message>
    <message>
        <source>Hãy đánh dấu ít nhất một trường cần đặt.</source>
        <translation>Please check at least one field to set.</translation>
    </message>
    <message>
        <source>Khi đã đăng nhập, trạng thái đổi bằng các thao tác duyệt (Duyệt → Chuyển trạng thái).</source>
        <translation>When logged in, the status is changed through the review actions (Review → Change Status).</translation>
    </message>
    <message>
        <source>Chỉ Văn phòng mới được đổi cơ quan chủ trì.</source>
        <translation>Only the Office can change the lead unit.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>không có loại báo cáo &quot;%1&quot; (chọn: unit-summary, appendix, progress)</source>
        <translation>no report kind &quot;%1&quot; (choose: unit-summary, appendix, progress)</translation>
    </message>
    <message>
        <source>--group-by phải là unit, month hoặc quarter</source>
        <translation>--group-by must be unit, month or quarter</translation>
    </message>
    <message>
        <source>không hiểu trạng thái &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cảnh báo: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>--search &quot;%1&quot; không có từ nào để tìm, bỏ qua</source>
        <translation>--search &quot;%1&quot; has no words to search for; ignored</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>So sánh các ảnh chụp của chương trình năm %1</source>
        <translation>Compare snapshots of the work program %1</translation>
    </message>
    <message>
        <source>&amp;Từ ảnh chụp:</source>
        <translation>&amp;From snapshot:</translation>
    </message>
    <message>
        <source>Đế&amp;n:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>#%1 — %2, %3 (%4)</source>
        <translation>#%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Hiện tại</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Chương trình chưa có ảnh chụp nào để so sánh (ảnh chụp được ghi ở mỗi bước của chương trình).</source>
        <translation>The program has no snapshots to compare yet (a snapshot is saved at each step of the program).</translation>
    </message>
    <message>
        <source>%1 → %2: thêm %3, bớt %4, sửa %5, gộp %6 (đổi trạng thái: %7). Trường đã sửa được tô màu và đánh dấu ✎.</source>
        <translation>%1 → %2: %3 added, %4 removed, %5 changed, %6 merged (status changed: %7). Changed fields are highlighted and marked ✎.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ComparisonItemModel</name>
    <message>
        <source>Đơn vị #%1</source>
        <translation>Unit #%1</translation>
    </message>
    <message>
        <source>+ Thêm</source>
        <translation>+ Added</translation>
    </message>
    <message>
        <source>− Bớt</source>
        <translation>− Removed</translation>
    </message>
    <message>
        <source>⇢ Gộp</source>
        <translation>⇢ Merged</translation>
    </message>
    <message>
        <source>✎ Sửa</source>
        <translation>✎ Changed</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
    <message>
        <source>✎ %1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>✎ %1: &quot;%2&quot; → &quot;%3&quot;</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>Trường đã sửa (cũ → mới)</source>
        <translation>Changed fields (old → new)</translation>
    </message>
</context>
<context>
    <name>ComparisonUnitModel</name>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Đơn vị #%1</source>
        <translation>Unit #%1</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Bớt</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Gộp</source>
        <translation>Merged</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Người khác vừa sửa nội dung này</source>
        <translation>Someone else has just edited this item</translation>
    </message>
    <message>
        <source>Nội dung số %1 đã bị xóa sau khi bạn mở nó.</source>
        <translation>Item no. %1 was deleted after you opened it.</translation>
    </message>
    <message>
        <source>Nội dung số %1 đã được %2 sau khi bạn mở nó.</source>
        <translation>Item no. %1 was %2 after you opened it.</translation>
    </message>
    <message>
        <source>Chưa ghi gì. Dưới đây là giá trị của bạn bên cạnh giá trị hiện có. Đánh dấu các giá trị của bạn cần ghi lên bản hiện có, hoặc giữ nguyên bản của họ.</source>
        <translation>Nothing has been saved yet. Below are your values next to the current ones. Tick the values of yours that should be written over the current version, or keep their version as it is.</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị của bạn (ghi đè khi đánh dấu)</source>
        <translation>Your value (overwrites when ticked)</translation>
    </message>
    <message>
        <source>Giá trị hiện có</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Số %1: %2</source>
        <translation>No. %1: %2</translation>
    </message>
    <message>
        <source>(đã xóa)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>&amp;Ghi giá trị của bạn</source>
        <translation>&amp;Write Your Values</translation>
    </message>
    <message>
        <source>Giữ &amp;bản của họ</source>
        <translation>Keep &amp;Their Version</translation>
    </message>
    <message>
        <source>Bỏ những giá trị bạn đã nhập và giữ bản của người khác?</source>
        <translation>Discard the values you entered and keep the other person&apos;s version?</translation>
    </message>
    <message>
        <source>sửa lúc %1 (không đăng nhập)</source>
        <translation>edited at %1 (not logged in)</translation>
    </message>
    <message>
        <source>%1 sửa lúc %2</source>
        <translation>edited by %1 at %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>Kết nối</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hãy nhập tên máy chủ.</source>
        <translation>Enter the server name.</translation>
    </message>
    <message>
        <source>Hãy nhập tên cơ sở dữ liệu.</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter the login.</translation>
    </message>
    <message>
        <source>&amp;Máy chủ:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Cổn&amp;g:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Cơ sở dữ liệu:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Mật &amp;khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sai mật khẩu của %1 (hoặc máy chủ không nhận tên đăng nhập này); hãy nhập lại.</source>
        <translation>Wrong password for %1 (or the server does not accept this login); please enter it again.</translation>
    </message>
    <message>
        <source>Máy chủ cần mật khẩu của %1; hãy nhập mật khẩu.</source>
        <translation>The server needs the password of %1; please enter the password.</translation>
    </message>
    <message>
        <source>Chưa kết nối</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Chưa nhập mật khẩu nên chưa kết nối được máy chủ %1; chương trình sẽ đóng.</source>
        <translation>No password was entered, so the program could not connect to server %1; the program will close.</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Số nội dung theo đơn vị</source>
        <translation>Items per unit</translation>
    </message>
    <message>
        <source>Trạng thái theo đơn vị</source>
        <translation>Status per unit</translation>
    </message>
    <message>
        <source>Tỷ lệ hoàn thành</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Lưu ảnh PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Biểu đồ — Chương trình công tác năm %1</source>
        <translation>Charts — Work program %1</translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Số nội dung theo đơn vị chủ trì (tổng %1)</source>
        <translation>Items per lead unit (total %1)</translation>
    </message>
    <message>
        <source>Trạng thái các nội dung theo đơn vị chủ trì</source>
        <translation>Status of the items per lead unit</translation>
    </message>
    <message>
        <source>Tỷ lệ hoàn thành (%)</source>
        <translation>Completion rate (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ hoàn thành theo đơn vị chủ trì (tính đến ngày %1)</source>
        <translation>Completion rate per lead unit (as of %1)</translation>
    </message>
    <message>
        <source>Lưu biểu đồ thành ảnh PNG</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Không lưu được ảnh</source>
        <translation>Could not save the image</translation>
    </message>
    <message>
        <source>Không ghi được tệp %1.</source>
        <translation>Could not write file %1.</translation>
    </message>
    <message>
        <source>chưa có nội dung hoàn thành</source>
        <translation>no items completed yet</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 là một thư mục, không phải tệp cơ sở dữ liệu</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>không tạo được thư mục %1</source>
        <translation>could not create folder %1</translation>
    </message>
    <message>
        <source>%1 không phải là tệp cơ sở dữ liệu của chương trình (hoặc tệp đã hỏng)</source>
        <translation>%1 is not a Work Program Manager database file (or the file is corrupt)</translation>
    </message>
    <message>
        <source>tệp cơ sở dữ liệu %1 bị hỏng: %2</source>
        <translation>the database file %1 is damaged: %2</translation>
    </message>
    <message>
        <source>không có quyền ghi vào %1 hoặc thư mục chứa nó: chỉ xem được, không ghi được</source>
        <translation>no write permission for %1 or the folder containing it: it can be viewed but not changed</translation>
    </message>
    <message>
        <source>không có quyền ghi vào %1 hoặc thư mục chứa nó</source>
        <translation>no write permission for %1 or the folder containing it</translation>
    </message>
    <message>
        <source>không có quyền ghi vào %1 hoặc thư mục chứa nó, nên không nâng cấp được (lược đồ %2 lên %3); hãy cấp quyền ghi rồi mở lại</source>
        <translation>no write permission for %1 or the folder containing it, so it cannot be upgraded (schema %2 to %3); grant write permission and open it again</translation>
    </message>
    <message>
        <source>%1 là cơ sở dữ liệu SQLite của một chương trình khác, không phải của chương trình công tác; tệp được giữ nguyên, không có gì bị thay đổi</source>
        <translation>%1 is an SQLite database of another program, not a work program database; the file was left as it is, nothing was changed</translation>
    </message>
    <message>
        <source>%1 được tạo bởi phiên bản mới hơn của chương trình (lược đồ %2, cần phiên bản đọc được lược đồ %3; bản này đọc đến lược đồ %4): hãy cập nhật chương trình</source>
        <translation>%1 was created by a newer version of the program (schema %2, which needs a version that can read schema %3; this version reads up to schema %4): please update the program</translation>
    </message>
    <message>
        <source>%1 được tạo bởi phiên bản mới hơn của chương trình (lược đồ %2): chỉ xem được, không ghi được; hãy cập nhật chương trình để sửa</source>
        <translation>%1 was created by a newer version of the program (schema %2): it can be viewed but not changed; update the program to edit it</translation>
    </message>
    <message>
        <source>không có tệp %1</source>
        <translation>file %1 does not exist</translation>
    </message>
    <message>
        <source>%1 được mở chỉ để đọc</source>
        <translation>%1 is opened read-only</translation>
    </message>
    <message>
        <source>%1 có lược đồ %2, bản này chưa nâng cấp được cơ sở dữ liệu trên máy chủ lên lược đồ %3</source>
        <translation>%1 has schema %2; this version cannot yet upgrade a server database to schema %3</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>bản chép của bảng %1 có %2 dòng thay vì %3</source>
        <translation>the copy of table %1 has %2 rows instead of %3</translation>
    </message>
    <message>
        <source>%1 có lược đồ %2, %3 có lược đồ %4: chỉ chép được giữa hai cơ sở dữ liệu cùng phiên bản lược đồ</source>
        <translation>%1 has schema %2, %3 has schema %4: copying is only possible between two databases with the same schema version</translation>
    </message>
    <message>
        <source>%1 đã có dữ liệu (bảng %2): chỉ chép vào một cơ sở dữ liệu trống; không có gì bị thay đổi</source>
        <translation>%1 already has data (table %2): copying only goes into an empty database; nothing was changed</translation>
    </message>
    <message>
        <source>không có cơ sở dữ liệu %1</source>
        <translation>database %1 does not exist</translation>
    </message>
    <message>
        <source>nguồn và đích là cùng một cơ sở dữ liệu (%1)</source>
        <translation>the source and the destination are the same database (%1)</translation>
    </message>
</context>
<context>
    <name>DatabaseSource</name>
    <message>
        <source>Trạng thái hiện tại</source>
        <translation>Current state</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>ngày &quot;%1&quot; không tồn tại</source>
        <translation>date &quot;%1&quot; does not exist</translation>
    </message>
    <message>
        <source>không có tháng %1 trong &quot;%2&quot;</source>
        <translation>there is no month %1 in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>không đọc được ngày sau chữ &quot;Trước&quot; trong &quot;%1&quot;</source>
        <translation>could not read the date after &quot;Trước&quot; in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>không có quý &quot;%1&quot; (một năm có các quý I đến IV)</source>
        <translation>there is no quarter &quot;%1&quot; (a year has quarters I to IV)</translation>
    </message>
    <message>
        <source>không đọc được thời hạn &quot;%1&quot;; các cách viết được chấp nhận: %2</source>
        <translation>could not read deadline &quot;%1&quot;; accepted forms: %2</translation>
    </message>
    <message>
        <source>dd/MM/yyyy, &quot;Tháng 6&quot;, &quot;Tháng 6/2023&quot;, &quot;T6/2023&quot;, &quot;Trong tháng 6&quot;, &quot;Quý II&quot;, &quot;Quý II/2023&quot;, &quot;Q2&quot;, &quot;6 tháng đầu năm&quot;, &quot;6 tháng cuối năm&quot;, &quot;Cả năm&quot;, &quot;Năm 2023&quot;, &quot;Trước 30/6&quot;, &quot;Trước ngày 30/6/2023&quot;, &quot;Thường xuyên&quot;</source>
        <translation>dd/MM/yyyy, &quot;Tháng 6&quot; (June), &quot;Tháng 6/2023&quot;, &quot;T6/2023&quot;, &quot;Trong tháng 6&quot; (within June), &quot;Quý II&quot; (2nd quarter), &quot;Quý II/2023&quot;, &quot;Q2&quot;, &quot;6 tháng đầu năm&quot; (first half of the year), &quot;6 tháng cuối năm&quot; (second half of the year), &quot;Cả năm&quot; (whole year), &quot;Năm 2023&quot; (year 2023), &quot;Trước 30/6&quot; (before 30/6), &quot;Trước ngày 30/6/2023&quot;, &quot;Thường xuyên&quot; (ongoing)</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>cần một QGuiApplication để viết báo cáo</source>
        <translation>a QGuiApplication is needed to write reports</translation>
    </message>
    <message>
        <source>không ghi được tệp %1: %2</source>
        <translation>could not write file %1: %2</translation>
    </message>
</context>
<context>
    <name>EditingDialog</name>
    <message>
        <source>Bỏ các thay đổi?</source>
        <translation>Discard Changes?</translation>
    </message>
    <message>
        <source>Các thay đổi vừa nhập chưa được lưu. Bỏ các thay đổi và đóng hộp thoại?</source>
        <translation>The changes you entered have not been saved. Discard the changes and close the dialog?</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>không biết ghi tệp &quot;%1&quot;: hãy dùng đuôi .xlsx, .csv hoặc .json</source>
        <translation>do not know how to write file &quot;%1&quot;: use the extension .xlsx, .csv or .json</translation>
    </message>
    <message>
        <source>không ghi được tệp %1: %2</source>
        <translation>could not write file %1: %2</translation>
    </message>
    <message>
        <source>không tạo được tệp %1</source>
        <translation>could not create file %1</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Theo đơn vị</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>không ghi được tệp %1</source>
        <translation>could not write file %1</translation>
    </message>
    <message>
        <source>%1 là tệp cơ sở dữ liệu đang mở: không ghi đè lên nó được</source>
        <translation>%1 is the open database file: it cannot be overwritten</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị đầu tiên</source>
        <translation>Create the First Administrator Account</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này chưa có tài khoản nào. Tạo tài khoản quản trị đầu tiên (quản lý người dùng), hoặc tiếp tục làm việc không dùng tài khoản như trước.</source>
        <translation>This database has no accounts yet. Create the first administrator account (to manage users), or continue working without accounts as before.</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Tiếp tục &amp;không dùng tài khoản</source>
        <translation>Continue &amp;Without Accounts</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có tài khoản; hãy đăng nhập.</source>
        <translation>The database already has accounts; please log in.</translation>
    </message>
    <message>
        <source>Không tạo được tài khoản: %1</source>
        <translation>Could not create the account: %1</translation>
    </message>
    <message>
        <source>Tạo &amp;quản trị viên</source>
        <translation>&amp;Create Administrator</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1, ngày      tháng      năm %2</source>
        <translation>%1,      /      /%2</translation>
    </message>
    <message>
        <source>%1, ngày %2 tháng %3 năm %4</source>
        <translation>%1, %2/%3/%4</translation>
    </message>
    <message>
        <source>Số: %1</source>
        <translation>No.: %1</translation>
    </message>
    <message>
        <source>Số:          /%1-%2</source>
        <translation>No.:          /%1-%2</translation>
    </message>
</context>
<context>
    <name>HeadLog</name>
    <message>
        <source>lịch sử nội dung</source>
        <translation>item history</translation>
    </message>
    <message>
        <source>các bước chương trình</source>
        <translation>program steps</translation>
    </message>
    <message>
        <source>nhật ký quản trị</source>
        <translation>admin log</translation>
    </message>
    <message>
        <source>%1, dòng %2 (%3, lúc %4): mã băm cuối của %5 khi đó (%6) không còn trong cơ sở dữ liệu — lịch sử đã bị viết lại</source>
        <translation>%1, line %2 (%3, at %4): the final hash of the %5 at that time (%6) is no longer in the database — the history has been rewritten</translation>
    </message>
    <message>
        <source>một dòng của lịch sử nội dung</source>
        <translation>a row of the item history</translation>
    </message>
    <message>
        <source>một bước của chương trình</source>
        <translation>a program step</translation>
    </message>
    <message>
        <source>một dòng của nhật ký quản trị</source>
        <translation>a row of the admin log</translation>
    </message>
    <message>
        <source>ảnh chụp số %1 của chương trình năm %2 (%3)</source>
        <translation>snapshot #%1 of the %2 program (%3)</translation>
    </message>
</context>
<context>
    <name>HeaderBlock</name>
    <message>
        <source>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</source>
        <translation>SOCIALIST REPUBLIC OF VIETNAM</translation>
    </message>
    <message>
        <source>Độc lập - Tự do - Hạnh phúc</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message>
        <source>cột &quot;%1&quot; xuất hiện hai lần (cột %2 và %3)</source>
        <translation>column &quot;%1&quot; appears twice (columns %2 and %3)</translation>
    </message>
    <message>
        <source>cột %1 bị ẩn và trùng tiêu đề với cột %2 đang hiện: lấy cột %2, bỏ qua cột ẩn</source>
        <translation>column %1 is hidden and has the same header as visible column %2: column %2 is used, the hidden column is ignored</translation>
    </message>
    <message>
        <source>cột %1 được lấy làm &quot;%2&quot;; cột %3 cũng có thể là &quot;%2&quot; nhưng không được nhập</source>
        <translation>column %1 is used as &quot;%2&quot;; column %3 could also be &quot;%2&quot; but is not imported</translation>
    </message>
    <message>
        <source>cột %1 là ngày bắt đầu, không được nhập; thời hạn lấy ở cột %2</source>
        <translation>column %1 is a start date and is not imported; the deadline is taken from column %2</translation>
    </message>
    <message>
        <source>cột %1 là ngày bắt đầu, không phải thời hạn: không được nhập</source>
        <translation>column %1 is a start date, not a deadline: not imported</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sửa nội dung</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nội dung, lý do</source>
        <translation>Details, reason</translation>
    </message>
    <message>
        <source>Thêm nội dung (%1)</source>
        <translation>Add item (%1)</translation>
    </message>
    <message>
        <source>Xóa nội dung (%1)</source>
        <translation>Delete item (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>lịch sử: dòng %1 (nội dung %2) không nối tiếp dòng trước; có dòng đã bị xóa hoặc sửa</source>
        <translation>history: row %1 (item %2) does not follow the previous row; a row was deleted or changed</translation>
    </message>
    <message>
        <source>lịch sử: dòng %1 (nội dung %2) đã bị sửa sau khi ghi</source>
        <translation>history: row %1 (item %2) was changed after it was written</translation>
    </message>
    <message>
        <source>lịch sử: các dòng cuối cùng đã bị xóa (mã băm cuối không khớp)</source>
        <translation>history: the last rows were deleted (the final hash does not match)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Nhập chương trình công tác năm %1</source>
        <translation>Import Work Program for %1</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Choose File</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Chọn tệp cần nhập</source>
        <translation>Choose File to Import</translation>
    </message>
    <message>
        <source>Kiểm tra trước khi nhập</source>
        <translation>Check Before Importing</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>— không có —</source>
        <translation>— none —</translation>
    </message>
    <message numerus="yes">
        <source>%n nội dung hợp lệ, sẵn sàng nhập vào chương trình năm %1.</source>
        <translation>
            <numerusform>%n valid item, ready to import into the %1 work program.</numerusform>
            <numerusform>%n valid items, ready to import into the %1 work program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n lỗi&lt;/b&gt; — sửa tệp (hoặc đổi cột ở bên trái) rồi kiểm tra lại; chưa có gì được ghi.</source>
        <translation>
            <numerusform>&lt;b&gt;%n error&lt;/b&gt; — fix the file (or change the columns on the left) and check again; nothing has been saved.</numerusform>
            <numerusform>&lt;b&gt;%n errors&lt;/b&gt; — fix the file (or change the columns on the left) and check again; nothing has been saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Không có tệp &quot;%1&quot;.</source>
        <translation>File &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>Tệp còn lỗi; không nhập gì.</source>
        <translation>The file still has errors; nothing was imported.</translation>
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu; không có gì thay đổi.</source>
        <translation>Could not write to the database; nothing was changed.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Đã nhập &lt;b&gt;%1&lt;/b&gt; nội dung vào chương trình năm %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Imported &lt;b&gt;%1&lt;/b&gt; items into the %2 work program.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Đơn vị mới thêm vào danh mục: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Units added to the unit list: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bảng Excel (.xlsx, .xls), OpenDocument (.ods), bảng trong tài liệu Word (.docx) hoặc CSV có dòng tiêu đề như &quot;STT | Nội dung công việc | Cơ quan chủ trì | …&quot;; các dòng tên cơ quan, tên chương trình phía trên bảng được bỏ qua.</source>
        <translation>An Excel sheet (.xlsx, .xls), OpenDocument (.ods), a table in a Word document (.docx) or CSV with a header row such as &quot;STT | Nội dung công việc | Cơ quan chủ trì | …&quot; (No. | Work item | Lead unit | …); lines with the agency name or program title above the table are skipped.</translation>
    </message>
    <message>
        <source>Tự tìm trang tính có bảng</source>
        <translation>Find the sheet with the table automatically</translation>
    </message>
    <message>
        <source>bảng có các cột của chương trình</source>
        <translation>the table with the program columns</translation>
    </message>
    <message>
        <source>Bảng trong tệp &amp;Word:</source>
        <translation>Table in the &amp;Word file:</translation>
    </message>
    <message>
        <source>tự nhận ra và chuyển sang Unicode</source>
        <translation>detect and convert to Unicode</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, phông .VnTime)</source>
        <translation>TCVN3 (ABC, .VnTime fonts)</translation>
    </message>
    <message>
        <source>VNI (phông VNI-Times)</source>
        <translation>VNI (VNI-Times fonts)</translation>
    </message>
    <message>
        <source>không chuyển</source>
        <translation>do not convert</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng bị ẩn trong tệp (nếu không, dòng ẩn vẫn được nhập, có cảnh báo)</source>
        <translation>Skip rows hidden in the file (otherwise hidden rows are imported too, with a warning)</translation>
    </message>
    <message>
        <source>Bảng (*.xlsx *.xls *.ods *.docx *.csv *.json);;Mọi tệp (*)</source>
        <translation>Tables (*.xlsx *.xls *.ods *.docx *.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Các cột được nhận ra theo tiêu đề; có thể đổi ở bên trái. Dòng có lỗi tô đỏ, dòng có cảnh báo tô vàng; chưa ghi gì cho đến khi bấm Tiếp.</source>
        <translation>Columns are recognised by their headers; you can change them on the left. Rows with errors are shown in red, rows with warnings in yellow; nothing is saved until you click Next.</translation>
    </message>
    <message>
        <source>%1 (ẩn)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>Cảnh báo: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>… và %1 lỗi khác</source>
        <translation>… and %1 more errors</translation>
    </message>
    <message>
        <source>Cảnh báo: … và %1 cảnh báo khác cùng loại</source>
        <translation>Warning: … and %1 more warnings of the same kind</translation>
    </message>
    <message>
        <source>Tệp có bảng ở nhiều trang tính; chọn trang tính cần nhập:</source>
        <translation>The file has tables on several sheets; choose the sheet to import:</translation>
    </message>
    <message>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Bảng đọc ở %1.</source>
        <translation>Table read from %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n số liệu ghi trong tệp khác số đếm được (tô vàng trên dòng của nó).</source>
        <translation>
            <numerusform>%n figure stated in the file differs from the count (highlighted in yellow on its row).</numerusform>
            <numerusform>%n figures stated in the file differ from the count (highlighted in yellow on their rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Dòng %1 của tệp ghi %2 nội dung, đếm được %3 (%4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Row %1 of the file states %2 items; %3 were counted (%4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tệ&amp;p:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Tr&amp;ang tính:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Chữ gõ bằng bảng &amp;mã cũ:</source>
        <translation>Text in a &amp;legacy encoding:</translation>
    </message>
    <message>
        <source>Tạo đơn vị mới khi nhập</source>
        <translation>Create new units when importing</translation>
    </message>
    <message>
        <source>Thêm vào danh mục các đơn vị có trong tệp mà danh mục chưa có</source>
        <translation>Add the units that are in the file but not yet in the unit list</translation>
    </message>
    <message>
        <source>dòng %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>cột %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Không được nhập:&lt;/b&gt; %1. Chưa có gì được ghi.</source>
        <translation>&lt;b&gt;Not allowed to import:&lt;/b&gt; %1. Nothing has been written.</translation>
    </message>
    <message>
        <source>Không được nhập: %1. Không có gì được ghi.</source>
        <translation>Not allowed to import: %1. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>bảng không có nội dung công việc nào</source>
        <translation>the table contains no work items</translation>
    </message>
    <message>
        <source>cột STT trống, trùng hoặc không phải số: các nội dung được đánh số lại từ %1</source>
        <translation>the No. column is empty, duplicated or not numeric: items are renumbered from %1</translation>
    </message>
    <message>
        <source>người nhập (chưa có tài khoản: theo quyền của Văn phòng)</source>
        <translation>the importer (no accounts yet: with the Office&apos;s permissions)</translation>
    </message>
    <message>
        <source>dòng %1: nội dung ở trạng thái &quot;%2&quot; không nhập được; %3 chỉ đưa nội dung mới tới các trạng thái %4 theo quy trình, các trạng thái khác phải đi qua quy trình (duyệt, ký ban hành, báo cáo tiến độ)</source>
        <translation>row %1: an item with the status &quot;%2&quot; cannot be imported; %3 can only bring new items to the statuses %4 of the workflow, other statuses must go through the workflow (review, sign-off, progress reports)</translation>
    </message>
    <message>
        <source>dòng %1: nội dung do đơn vị khác chủ trì; %2 chỉ nhập được nội dung của đơn vị mình</source>
        <translation>row %1: the item is led by another unit; %2 can only import items of their own unit</translation>
    </message>
    <message>
        <source>chương trình năm %1 đã ký ban hành: không thêm nội dung được cho đến khi Văn phòng mở điều chỉnh, bổ sung chương trình</source>
        <translation>the %1 program has been signed off: no items can be added until the Office opens a program amendment</translation>
    </message>
    <message>
        <source>%1 là tệp cơ sở dữ liệu đang mở, không phải bảng chương trình công tác</source>
        <translation>%1 is the open database file, not a work program table</translation>
    </message>
    <message>
        <source>tệp thay đổi trong khi nhập; không có gì được ghi, hãy nhập lại</source>
        <translation>the file changed during the import; nothing was saved, please import again</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>15/06/2023, Tháng 6, Quý II, Thường xuyên…</source>
        <translation>15/06/2023, Tháng 6, Quý II, Thường xuyên…</translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot;; hãy chọn trong danh sách.</source>
        <translation>There is no unit &quot;%1&quot;; please choose one from the list.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>&amp;STT:</source>
        <translation>&amp;No.:</translation>
    </message>
    <message>
        <source>&amp;Nội dung công việc (*):</source>
        <translation>&amp;Work item (*):</translation>
    </message>
    <message>
        <source>Cơ quan &amp;phối hợp:</source>
        <translation>&amp;Co-operating units:</translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>15/06/2023, Tháng 6, Quý II, 6 tháng đầu năm, Thường xuyên…</source>
        <translation>15/06/2023, Tháng 6, Quý II, 6 tháng đầu năm, Thường xuyên…</translation>
    </message>
    <message>
        <source>&amp;Lãnh đạo phụ trách:</source>
        <translation>Responsible &amp;leader:</translation>
    </message>
    <message>
        <source>&amp;Hình thức:</source>
        <translation>Document &amp;form:</translation>
    </message>
    <message>
        <source>&amp;Cấp trình:</source>
        <translation>Submission le&amp;vel:</translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>color: #a81c1c;</source>
        <translation>color: #a81c1c;</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sửa nội dung số %1</source>
        <translation>Edit Item No. %1</translation>
    </message>
    <message>
        <source>Thêm nội dung công việc</source>
        <translation>Add Work Item</translation>
    </message>
    <message>
        <source>Hạn: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <source>Không có ngày hạn cố định</source>
        <translation>No fixed due date</translation>
    </message>
    <message>
        <source>Hãy nhập nội dung công việc.</source>
        <translation>Please enter the work item.</translation>
    </message>
    <message>
        <source>Hãy chọn cơ quan chủ trì.</source>
        <translation>Please choose a lead unit.</translation>
    </message>
    <message>
        <source>Không có đơn vị &quot;%1&quot;; hãy chọn trong danh sách.</source>
        <translation>There is no unit &quot;%1&quot;; please choose one from the list.</translation>
    </message>
    <message>
        <source>Thời hạn: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Cơ &amp;quan chủ trì (*):</source>
        <translation>Lead &amp;unit (*):</translation>
    </message>
    <message>
        <source>Nhó&amp;m nhiệm vụ:</source>
        <translation>&amp;Task group:</translation>
    </message>
    <message>
        <source>Khi đã đăng nhập, trạng thái đổi bằng các thao tác duyệt (Duyệt → Chuyển trạng thái).</source>
        <translation>When logged in, the status is changed through the review actions (Review → Change Status).</translation>
    </message>
    <message>
        <source>Cán bộ đơn vị nhập nội dung của chính đơn vị mình.</source>
        <translation>Unit staff enter items for their own unit only.</translation>
    </message>
    <message>
        <source>Không đọc được. Các cách viết được chấp nhận: %1</source>
        <translation>Not recognized. Accepted forms: %1</translation>
    </message>
</context>
<context>
    <name>ItemInserter</name>
    <message>
        <source>nội dung số %1 quá dài để ghi</source>
        <translation>item %1 is too long to write</translation>
    </message>
</context>
<context>
    <name>ItemService</name>
    <message>
        <source>nội dung số %1 đang ở trạng thái &quot;%2&quot;: không chuyển được sang trạng thái khác</source>
        <translation>item no. %1 is &quot;%2&quot;: it cannot be moved to another status</translation>
    </message>
    <message>
        <source>nội dung số %1 không chuyển được từ &quot;%2&quot; sang &quot;%3&quot;; từ &quot;%2&quot; chỉ chuyển được sang: %4</source>
        <translation>item no. %1 cannot be moved from &quot;%2&quot; to &quot;%3&quot;; from &quot;%2&quot; it can only go to: %4</translation>
    </message>
    <message>
        <source>nội dung số %1 đang ở trạng thái &quot;%2&quot;: không ai được sửa %3; chỉ sửa được bằng điều chỉnh chương trình</source>
        <translation>item %1 is &quot;%2&quot;: nobody may change %3; it can only change through an amendment of the program</translation>
    </message>
    <message>
        <source>nội dung số %1 đang ở trạng thái &quot;%2&quot;: chỉ xóa được nội dung &quot;%3&quot;; nội dung đã gửi đi thì chuyển sang &quot;%4&quot; hoặc &quot;%5&quot; để còn dấu vết</source>
        <translation>item no. %1 is &quot;%2&quot;: only &quot;%3&quot; items can be deleted; an item that has been sent on is moved to &quot;%4&quot; or &quot;%5&quot; so that a trace remains</translation>
    </message>
    <message>
        <source>xóa nội dung số %1</source>
        <translation>deleted item no. %1</translation>
    </message>
    <message>
        <source>nội dung số %1: %2</source>
        <translation>item no. %1: %2</translation>
    </message>
    <message>
        <source>thêm nội dung</source>
        <translation>add items</translation>
    </message>
    <message>
        <source>nội dung số %1: chương trình đã ký ban hành, mọi nội dung được giữ nguyên như khi ký (chỉ ghi chú và tiến độ thực hiện được cập nhật); muốn sửa, Văn phòng mở điều chỉnh, bổ sung chương trình</source>
        <translation>item no. %1: the program has been signed off, all items stay as they were when signed (only notes and implementation progress can be updated); to make changes, the Office opens a program amendment</translation>
    </message>
    <message>
        <source>xóa nội dung</source>
        <translation>delete items</translation>
    </message>
    <message>
        <source>nội dung số %1</source>
        <translation>item no. %1</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>%1 — quá hạn</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Hạn: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message numerus="yes">
        <source>Quá hạn %n ngày</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <source>Không có ngày hạn cố định</source>
        <translation>No fixed due date</translation>
    </message>
    <message>
        <source>Nội dung công việc không được để trống.</source>
        <translation>The work item cannot be empty.</translation>
    </message>
    <message>
        <source>Sửa %1 của nội dung số %2</source>
        <translation>Edit %1 of item no. %2</translation>
    </message>
    <message>
        <source>Nội dung số %1 không còn trong chương trình.</source>
        <translation>Item no. %1 is no longer in the program.</translation>
    </message>
    <message>
        <source>Nội dung số %1: trạng thái chỉ đổi được bằng các thao tác duyệt (đề xuất, tiếp nhận, trả lại, phê duyệt…) khi đã đăng nhập.</source>
        <translation>Item no. %1: the status can only be changed through the review actions (propose, accept, return, approve…) while logged in.</translation>
    </message>
    <message>
        <source>Nội dung số %1 không xóa được: đơn vị chỉ xóa được bản nháp của chính đơn vị mình, Văn phòng xóa được mọi bản nháp.</source>
        <translation>Item no. %1 cannot be deleted: a unit can only delete its own drafts, the Office can delete any draft.</translation>
    </message>
    <message>
        <source>Chưa lưu: mất kết nối máy chủ. Sẽ lưu khi kết nối lại.
%1</source>
        <translation>Not saved: the connection to the server is lost. It will be saved on reconnecting.
%1</translation>
    </message>
    <message>
        <source>Sửa nội dung số %1 (gõ khi mất kết nối)</source>
        <translation>Edit item no. %1 (typed while disconnected)</translation>
    </message>
    <message numerus="yes">
        <source>Sửa %n nội dung (gõ khi mất kết nối)</source>
        <translation>
            <numerusform>Edit %n item (typed while disconnected)</numerusform>
            <numerusform>Edit %n items (typed while disconnected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Đăng nhập để làm việc với chương trình công tác.</source>
        <translation>Log in to work with the work program.</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Đăng &amp;nhập</source>
        <translation>Log &amp;In</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter the login.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu. Hãy thử lại.</source>
        <translation>Wrong login or password. Please try again.</translation>
    </message>
    <message>
        <source>Không kiểm tra được tài khoản: %1</source>
        <translation>Could not check the account: %1</translation>
    </message>
    <message>
        <source>Mật khẩu m&amp;ới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Nhập &amp;lại mật khẩu mới:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Mật khẩu của %1 do quản trị đặt lại và chỉ dùng một lần: hãy chọn mật khẩu mới (nhập hai lần) để đăng nhập.</source>
        <translation>The password of %1 was reset by an administrator and can be used only once: choose a new password (enter it twice) to log in.</translation>
    </message>
    <message>
        <source>Đổi mật khẩu và đăng &amp;nhập</source>
        <translation>Change Password and Log &amp;In</translation>
    </message>
    <message>
        <source>Mật khẩu mới phải khác mật khẩu quản trị đã đặt lại.</source>
        <translation>The new password must differ from the one the administrator set.</translation>
    </message>
    <message>
        <source>Không đổi được mật khẩu: %1</source>
        <translation>Could not change the password: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quản lý Chương trình công tác</source>
        <translation>Work Program Manager</translation>
    </message>
    <message>
        <source>QLabel { background: #fff4e5; border: 1px solid #f0b46c; border-radius: 3px; padding: 4px 8px; }</source>
        <translation>QLabel { background: #fff4e5; border: 1px solid #f0b46c; border-radius: 3px; padding: 4px 8px; }</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation>Se&amp;arch:</translation>
    </message>
    <message>
        <source>Tìm trong nội dung, ghi chú, tên đơn vị — không cần gõ dấu (Ctrl+F)</source>
        <translation>Search items, notes and unit names — diacritics optional (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chỉ &amp;quá hạn</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>Clea&amp;r filters</translation>
    </message>
    <message>
        <source>Chủ t&amp;rì:</source>
        <translation>Lead &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Phối hợp:</source>
        <translation>&amp;Co-units:</translation>
    </message>
    <message>
        <source>Trạn&amp;g thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Nhóm:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Lãnh đạo:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <source>Hạn &amp;từ:</source>
        <translation>Deadline fro&amp;m:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>đế&amp;n:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Số nội dung theo đơn vị chủ trì</source>
        <translation>Items by Lead Unit</translation>
    </message>
    <message>
        <source>&amp;Mở cơ sở dữ liệu…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Xuất &amp;danh sách đang hiển thị…</source>
        <translation>Export &amp;Displayed List…</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Thêm nội dung</source>
        <translation>&amp;Add Item</translation>
    </message>
    <message>
        <source>&amp;Nhân bản</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Chỉ nội dung &amp;quá hạn</source>
        <translation>&amp;Overdue Items Only</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could Not Save</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could Not Open Database</translation>
    </message>
    <message>
        <source>%1 — Quản lý Chương trình công tác</source>
        <translation>%1 — Work Program Manager</translation>
    </message>
    <message>
        <source>Năm %1 chưa có chương trình; thêm nội dung hoặc nhập từ Excel.</source>
        <translation>There is no work program for %1 yet; add items or import from Excel.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(tất cả)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Hiển thị %1/%2 nội dung</source>
        <translation>Showing %1 of %2 items</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&apos;overdue&apos;&gt;&lt;b&gt;%n nội dung quá hạn&lt;/b&gt;&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&apos;overdue&apos;&gt;&lt;b&gt;%n overdue item&lt;/b&gt;&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&apos;overdue&apos;&gt;&lt;b&gt;%n overdue items&lt;/b&gt;&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&apos;soon&apos;&gt;%n nội dung đến hạn trong %1 ngày tới&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&apos;soon&apos;&gt;%n item due in the next %1 days&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&apos;soon&apos;&gt;%n items due in the next %1 days&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Quản lý Chương trình công tác %1

Lập, rà soát, theo dõi và in chương trình công tác năm của Ủy ban nhân dân.</source>
        <translation>Work Program Manager %1

Prepare, review, track and print the annual work program of the People&apos;s Committee.</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Thêm nội dung số %1</source>
        <translation>Add item no. %1</translation>
    </message>
    <message numerus="yes">
        <source>Nhân bản %n nội dung</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Sửa nội dung số %1</source>
        <translation>Edit Item No. %1</translation>
    </message>
    <message numerus="yes">
        <source>Sửa hàng loạt %n nội dung</source>
        <translation>
            <numerusform>Bulk edit %n item</numerusform>
            <numerusform>Bulk edit %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… và %n nội dung khác</source>
        <translation>
            <numerusform>… and %n other item</numerusform>
            <numerusform>… and %n other items</numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa nội dung</source>
        <translation>Delete Items</translation>
    </message>
    <message numerus="yes">
        <source>Xóa %n nội dung sau khỏi chương trình?</source>
        <translation>
            <numerusform>Delete the following %n item from the program?</numerusform>
            <numerusform>Delete the following %n items from the program?</numerusform>
        </translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>This can be undone with Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Xóa %n nội dung</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n nội dung.</source>
        <translation>
            <numerusform>Imported %n item.</numerusform>
            <numerusform>Imported %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>chuong-trinh-cong-tac-%1.xlsx</source>
        <translation>work-program-%1.xlsx</translation>
    </message>
    <message>
        <source>Xuất danh sách đang hiển thị</source>
        <translation>Export Displayed List</translation>
    </message>
    <message>
        <source>Xuất cả chương trình</source>
        <translation>Export Whole Program</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Could Not Export</translation>
    </message>
    <message>
        <source>Đã xuất %1 nội dung ra %2</source>
        <translation>Exported %1 items to %2</translation>
    </message>
    <message>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>%1 bị hỏng: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>thư mục &quot;sao-luu&quot; cạnh tệp dữ liệu</source>
        <translation>the &quot;sao-luu&quot; folder beside the database file</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động: %1</source>
        <translation>Automatic backup written: %1</translation>
    </message>
    <message>
        <source>Không sao lưu tự động được: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay…</source>
        <translation>&amp;Back Up Now…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu (*.sqlite)</source>
        <translation>Databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Không sao lưu được</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại của %1 bằng bản sao lưu %2 (lưu lúc %3)?

Mọi thay đổi sau thời điểm đó sẽ mất; không hoàn tác được.</source>
        <translation>Replace all the current data of %1 with the backup %2 (saved at %3)?

Every change made after that time will be lost; this cannot be undone.</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Không mở được %1:
%2

Có bản sao lưu tự động lúc %3. Khôi phục từ bản đó? Tệp hiện tại được giữ lại bên cạnh (đuôi .hong-…), không bị xóa.</source>
        <translation>Could not open %1:
%2

There is an automatic backup from %3. Restore from it? The current file is kept beside it (ending .hong-…), not deleted.</translation>
    </message>
    <message>
        <source>Danh mục theo đơn vị chủ trì</source>
        <translation>Summary per lead unit</translation>
    </message>
    <message>
        <source>Phụ lục chương trình</source>
        <translation>Program appendix</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Xem trước danh mục của đơn vị này…</source>
        <translation>Preview This Unit&apos;s Summary…</translation>
    </message>
    <message>
        <source>In danh mục của đơn vị này…</source>
        <translation>Print This Unit&apos;s Summary…</translation>
    </message>
    <message>
        <source>Xuất PDF danh mục của đơn vị này…</source>
        <translation>Export This Unit&apos;s Summary as PDF…</translation>
    </message>
    <message>
        <source>Chưa có chương trình</source>
        <translation>No program yet</translation>
    </message>
    <message>
        <source>Năm %1 chưa có nội dung nào để in.</source>
        <translation>The year %1 has no items to print yet.</translation>
    </message>
    <message>
        <source>Xem trước — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Máy in không nhận lệnh in.</source>
        <translation>The printer did not accept the job.</translation>
    </message>
    <message>
        <source>Xuất PDF — %1</source>
        <translation>Export PDF — %1</translation>
    </message>
    <message>
        <source>Không xuất được PDF</source>
        <translation>Could not export the PDF</translation>
    </message>
    <message numerus="yes">
        <source>Đã ghi %1 (%n trang) ra %2</source>
        <translation>
            <numerusform>Wrote %1 (%n page) to %2</numerusform>
            <numerusform>Wrote %1 (%n pages) to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Năm %1 chưa có chương trình: thêm hoặc nhập nội dung trước.</source>
        <translation>The year %1 has no program yet: add or import items first.</translation>
    </message>
    <message>
        <source>Thông tin in báo cáo năm %1</source>
        <translation>Report details for %1</translation>
    </message>
    <message>
        <source>Đăng &amp;xuất / đổi người dùng…</source>
        <translation>&amp;Log Out / Switch User…</translation>
    </message>
    <message>
        <source>&amp;Duyệt</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Hàng chờ duyệt…</source>
        <translation>Review &amp;Queue…</translation>
    </message>
    <message>
        <source>&amp;Phê duyệt và ký ban hành…</source>
        <translation>&amp;Approve and Sign Off…</translation>
    </message>
    <message>
        <source>&amp;So sánh các ảnh chụp…</source>
        <translation>&amp;Compare Snapshots…</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Đăng nhập: %1 — %2</source>
        <translation>Logged in: %1 — %2</translation>
    </message>
    <message>
        <source>Tài khoản %1, vai trò %2</source>
        <translation>Account %1, role %2</translation>
    </message>
    <message>
        <source>Chưa đăng nhập</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Duyệt và ký ban hành cần đăng nhập (Ctrl+Shift+U)</source>
        <translation>Review and sign-off require logging in (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Lịch sử — nội dung số %1</source>
        <translation>History — item no. %1</translation>
    </message>
    <message>
        <source>&amp;Gộp các nội dung trùng nhau…</source>
        <translation>&amp;Merge Duplicate Items…</translation>
    </message>
    <message>
        <source>Gộp các nội dung đã chọn của nhiều đơn vị về cùng một việc thành một nội dung (Văn phòng)</source>
        <translation>Merge the selected items of several units about the same task into one item (Office)</translation>
    </message>
    <message>
        <source>&amp;Người dùng…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Thêm người dùng, đặt lại mật khẩu (Quản trị)</source>
        <translation>Add users, reset passwords (Administrator)</translation>
    </message>
    <message>
        <source>Chọn ít nhất hai nội dung để gộp</source>
        <translation>Select at least two items to merge</translation>
    </message>
    <message>
        <source>Chỉ Văn phòng gộp nội dung (đăng nhập: Ctrl+Shift+U)</source>
        <translation>Only the Office merges items (log in: Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Không gộp được</source>
        <translation>Could not merge</translation>
    </message>
    <message>
        <source>Chỉ Văn phòng gộp được nội dung; hãy đăng nhập.</source>
        <translation>Only the Office can merge items; please log in.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất hai nội dung để gộp.</source>
        <translation>Please select at least two items to merge.</translation>
    </message>
    <message>
        <source>Đã gộp %1 nội dung thành nội dung số %2</source>
        <translation>Merged %1 items into item no. %2</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Chỉ Quản trị mới quản lý người dùng; hãy đăng nhập bằng tài khoản quản trị (Ctrl+Shift+U).</source>
        <translation>Only the Administrator manages users; please log in with an administrator account (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>Xuất Word — %1</source>
        <translation>Export Word — %1</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Tài liệu Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Không xuất được tệp Word</source>
        <translation>Could not export the Word file</translation>
    </message>
    <message>
        <source>Đã ghi %1 ra %2</source>
        <translation>Wrote %1 to %2</translation>
    </message>
    <message>
        <source>Bỏ &amp;mọi bộ lọc</source>
        <translation>&amp;Clear All Filters</translation>
    </message>
    <message>
        <source>&amp;Lịch sử</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Sửa trong hộp thoại…</source>
        <translation>&amp;Edit in Dialog…</translation>
    </message>
    <message>
        <source>Sửa hàng l&amp;oạt…</source>
        <translation>&amp;Bulk Edit…</translation>
    </message>
    <message>
        <source>Sao lưu tự động hằng ngày chỉ áp dụng cho tệp cơ sở dữ liệu; cơ sở dữ liệu trên máy chủ được sao lưu trên máy chủ (pg_dump).</source>
        <translation>The automatic daily backup only applies to database files; a server database is backed up on the server (pg_dump).</translation>
    </message>
    <message>
        <source>&amp;Danh mục theo đơn vị chủ trì</source>
        <translation>&amp;Summary per Lead Unit</translation>
    </message>
    <message>
        <source>&amp;Phụ lục chương trình</source>
        <translation>Program &amp;Appendix</translation>
    </message>
    <message>
        <source>Báo cáo t&amp;iến độ</source>
        <translation>Pro&amp;gress Report</translation>
    </message>
    <message>
        <source>&amp;Xem trước khi in…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Xuất &amp;Word (.docx)…</source>
        <translation>Export &amp;Word (.docx)…</translation>
    </message>
    <message>
        <source>&amp;Biểu đồ theo đơn vị…</source>
        <translation>&amp;Charts per Unit…</translation>
    </message>
    <message>
        <source>&amp;Thông tin in báo cáo (cơ quan, người ký, nơi nhận)…</source>
        <translation>Report &amp;Details (Bodies, Signer, Recipients)…</translation>
    </message>
    <message>
        <source>I&amp;n %1…</source>
        <translation>&amp;Print %1…</translation>
    </message>
    <message>
        <source>Nhập từ &amp;Excel/CSV…</source>
        <translation>&amp;Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>Xuất cả chương t&amp;rình năm…</source>
        <translation>Export &amp;Whole Year&apos;s Program…</translation>
    </message>
    <message>
        <source>Kết nối máy c&amp;hủ…</source>
        <translation>Connect to Ser&amp;ver…</translation>
    </message>
    <message>
        <source>Không kết nối được</source>
        <translation>Could Not Connect</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này có tài khoản: hãy đăng nhập để xem chương trình (Ctrl+Shift+U).</source>
        <translation>This database has accounts: log in to see the program (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>Đã cập nhật %1 nội dung do người khác vừa thay đổi.</source>
        <translation>Updated %1 items that someone else has just changed.</translation>
    </message>
    <message>
        <source>Đã đăng xuất</source>
        <translation>Logged Out</translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa; cửa sổ đã đăng xuất và không ghi gì.</source>
        <translation>The account %1 has been locked; the window has logged out and wrote nothing.</translation>
    </message>
    <message>
        <source>Tài khoản %1 không còn; cửa sổ đã đăng xuất và không ghi gì.</source>
        <translation>The account %1 no longer exists; the window has logged out and wrote nothing.</translation>
    </message>
    <message>
        <source>Hãy đăng nhập lại (Tệp → Đăng xuất / đổi người dùng…).</source>
        <translation>Log in again (File → Log Out / Switch User…).</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Bảng nội dung và cửa sổ</source>
        <translation>Item table and window</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <source>Không ghi được tệp hướng dẫn sử dụng ra đĩa.</source>
        <translation>Could not write the user guide file to disk.</translation>
    </message>
    <message>
        <source>Không mở được trình duyệt để xem hướng dẫn sử dụng (%1).</source>
        <translation>Could not open a web browser to show the user guide (%1).</translation>
    </message>
    <message>
        <source>Đã giữ bản của người khác; giá trị của bạn không được ghi.</source>
        <translation>Kept the other person&apos;s version; your values were not saved.</translation>
    </message>
    <message>
        <source>Cần chú ý: %1 — bấm để xem; số theo từng đơn vị ở bảng &quot;Số nội dung theo đơn vị chủ trì&quot; (Ctrl+U).</source>
        <translation>Needs attention: %1 — click to view; counts per unit are in the &quot;Items by Lead Unit&quot; table (Ctrl+U).</translation>
    </message>
    <message>
        <source>Mất kết nối máy chủ — đang kết nối lại…</source>
        <translation>Connection to the server lost — reconnecting…</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Mất kết nối máy chủ: thay đổi chưa được lưu.</source>
        <translation>Connection to the server lost: the changes have not been saved.</translation>
    </message>
    <message>
        <source>Những gì đã nhập vẫn được giữ. Chương trình đang tự kết nối lại; hãy lưu lại khi thanh trạng thái báo đã kết nối.</source>
        <translation>What you entered is kept. The program is reconnecting by itself; save again when the status bar shows it is connected.</translation>
    </message>
    <message>
        <source>Đã kết nối lại máy chủ.</source>
        <translation>Reconnected to the server.</translation>
    </message>
    <message>
        <source>%1 là chủ sở hữu cơ sở dữ liệu (vai trò đã chạy server-init), không phải người dùng của chương trình.</source>
        <translation>%1 is the owner of the database (the role that ran server-init), not a user of the program.</translation>
    </message>
    <message>
        <source>Chương trình không có tài khoản %1.</source>
        <translation>The program has no account %1.</translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa.</source>
        <translation>Account %1 is locked.</translation>
    </message>
    <message>
        <source>Đã kết nối máy chủ với tên %1 nhưng chưa đăng nhập: %2</source>
        <translation>Connected to the server as %1 but not logged in: %2</translation>
    </message>
    <message>
        <source>Tên đăng nhập máy chủ %1 không phải tài khoản đang mở của chương trình.</source>
        <translation>The server login %1 is not an active account of the program.</translation>
    </message>
    <message>
        <source>Cửa sổ chưa đăng nhập nên không hiện và không ghi gì. Hãy kết nối bằng tên đăng nhập của mình (Tệp → Đăng xuất / đổi người dùng…).</source>
        <translation>Nobody is logged in, so the window shows and writes nothing. Connect with your own login (File → Log Out / Switch User…).</translation>
    </message>
    <message>
        <source>Kết nối bằng tên đăng nhập và mật khẩu của người dùng.</source>
        <translation>Connect with the user&apos;s login and password.</translation>
    </message>
    <message>
        <source>Ô vừa sửa chưa được lưu (mất kết nối); sẽ lưu khi kết nối lại.</source>
        <translation>The cell just edited is not saved yet (connection lost); it will be saved on reconnecting.</translation>
    </message>
    <message>
        <source>Các ô sửa khi mất kết nối chưa được lưu và đã bị bỏ: người dùng đã đổi.</source>
        <translation>The cells edited while the connection was lost were not saved and have been discarded: the user changed.</translation>
    </message>
    <message>
        <source>Đã kết nối lại máy chủ; các ô sửa khi mất kết nối đã được lưu.</source>
        <translation>Reconnected to the server; the cells edited while the connection was lost have been saved.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>không mở được %1: %2</source>
        <translation>could not open %1: %2</translation>
    </message>
    <message>
        <source>không %1 được: %2</source>
        <translation>could not %1: %2</translation>
    </message>
    <message>
        <source>hỏng cấu trúc: %1</source>
        <translation>structure damaged: %1</translation>
    </message>
    <message>
        <source>tham chiếu không hợp lệ (bảng, dòng, bảng cha): %1</source>
        <translation>invalid reference (table, row, parent table): %1</translation>
    </message>
    <message>
        <source>sao lưu</source>
        <translation>back up</translation>
    </message>
    <message>
        <source>không ghi được tệp sao lưu %1</source>
        <translation>could not write backup file %1</translation>
    </message>
    <message>
        <source>không có tệp sao lưu %1</source>
        <translation>backup file %1 does not exist</translation>
    </message>
    <message>
        <source>tệp sao lưu %1 bị hỏng, không khôi phục: %2</source>
        <translation>backup file %1 is corrupt; not restoring: %2</translation>
    </message>
    <message>
        <source>%1 không phải là bản sao lưu của chương trình</source>
        <translation>%1 is not a Work Program Manager backup</translation>
    </message>
    <message>
        <source>khôi phục</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>%1 là tệp cơ sở dữ liệu đang mở: hãy chọn tệp khác cho bản sao lưu</source>
        <translation>%1 is the open database file: choose another file for the backup</translation>
    </message>
    <message>
        <source>không có quyền ghi vào %1 hoặc thư mục chứa nó: không khôi phục được; cơ sở dữ liệu hiện tại được giữ nguyên</source>
        <translation>no write permission for %1 or the folder containing it: cannot restore; the current database is left unchanged</translation>
    </message>
    <message>
        <source>ổ đĩa đầy: cần ít nhất %1 MB trống để khôi phục, chỉ còn %2 MB; cơ sở dữ liệu hiện tại được giữ nguyên</source>
        <translation>the disk is full: restoring needs at least %1 MB free, only %2 MB left; the current database is left unchanged</translation>
    </message>
    <message>
        <source>%1 chính là cơ sở dữ liệu cần khôi phục, không phải một bản sao lưu</source>
        <translation>%1 is the database to be restored itself, not a backup</translation>
    </message>
    <message>
        <source>bản sao lưu %1 do phiên bản mới hơn của chương trình tạo: không khôi phục được bằng phiên bản này</source>
        <translation>backup %1 was made by a newer version of the program: it cannot be restored with this version</translation>
    </message>
    <message>
        <source>chuẩn bị bản khôi phục</source>
        <translation>preparing the restore copy</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu trên máy chủ chưa sao lưu được bằng chương trình; hãy dùng pg_dump của máy chủ</source>
        <translation>a server database cannot be backed up by the program yet; use the server&apos;s pg_dump</translation>
    </message>
    <message>
        <source>không tìm thấy %1 (công cụ của PostgreSQL, gói postgresql-client): cài nó hoặc đặt thư mục chứa nó vào PATH</source>
        <translation>%1 not found (a PostgreSQL tool, package postgresql-client): install it or add the folder containing it to PATH</translation>
    </message>
    <message>
        <source>không chạy được %1: %2</source>
        <translation>could not run %1: %2</translation>
    </message>
    <message>
        <source>%1 không đọc được như bản sao lưu của pg_dump: %2</source>
        <translation>%1 cannot be read as a pg_dump backup: %2</translation>
    </message>
    <message>
        <source>pg_dump không sao lưu được %1: %2</source>
        <translation>pg_dump could not back up %1: %2</translation>
    </message>
    <message>
        <source>không đọc được tệp sao lưu %1</source>
        <translation>could not read backup file %1</translation>
    </message>
    <message>
        <source>%1 là bản sao lưu của một tệp cơ sở dữ liệu, không phải của máy chủ: hãy đưa nó lên máy chủ bằng workprogram-cli copy --from %1 --to &lt;máy chủ&gt;; không có gì bị thay đổi</source>
        <translation>%1 is a backup of a database file, not of a server: put it on the server with workprogram-cli copy --from %1 --to &lt;server&gt;; nothing was changed</translation>
    </message>
    <message>
        <source>%1 không phải là bản sao lưu pg_dump (định dạng custom) của chương trình; không có gì bị thay đổi</source>
        <translation>%1 is not a pg_dump backup (custom format) of the program; nothing was changed</translation>
    </message>
    <message>
        <source>%1 không phải là bản sao lưu của chương trình (không có dữ liệu của chương trình); không có gì bị thay đổi</source>
        <translation>%1 is not a Work Program Manager backup (it has no program data); nothing was changed</translation>
    </message>
    <message>
        <source>bản sao lưu %1 do phiên bản mới hơn của chương trình tạo (lược đồ %2): không khôi phục được bằng phiên bản này</source>
        <translation>backup %1 was made by a newer version of the program (schema %2): it cannot be restored with this version</translation>
    </message>
    <message>
        <source>pg_restore không khôi phục được %1 (cơ sở dữ liệu được giữ nguyên): %2</source>
        <translation>pg_restore could not restore %1 (the database was left unchanged): %2</translation>
    </message>
    <message>
        <source>%1 là bản sao lưu của máy chủ (pg_dump): khôi phục nó vào một cơ sở dữ liệu trên máy chủ (--db postgresql://…); tệp %2 được giữ nguyên</source>
        <translation>%1 is a server backup (pg_dump): restore it into a database on the server (--db postgresql://…); file %2 was left unchanged</translation>
    </message>
    <message>
        <source>không ghi được tệp tạm cho pg_restore</source>
        <translation>could not write the temporary file for pg_restore</translation>
    </message>
    <message>
        <source>dữ liệu đã được khôi phục vào %1 nhưng chưa cài được các quy tắc của máy chủ (%2): chạy workprogram-cli server-init --db %1 với tài khoản chủ cơ sở dữ liệu được tạo vai trò; cho đến lúc đó chỉ chủ cơ sở dữ liệu đọc được dữ liệu</source>
        <translation>the data was restored into %1 but the server&apos;s rules could not be installed (%2): run workprogram-cli server-init --db %1 as the database owner with the right to create roles; until then only the database owner can read the data</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gộp các nội dung trùng nhau</source>
        <translation>Merge Duplicate Items</translation>
    </message>
    <message>
        <source>&amp;Lấy nội dung từ:</source>
        <translation>&amp;Take details from:</translation>
    </message>
    <message>
        <source>Nội dung, thời hạn, lãnh đạo phụ trách, nhóm, hình thức, cấp trình và ghi chú của nội dung sau khi gộp lấy từ nội dung này</source>
        <translation>The work item, deadline, responsible leader, task group, document form, submission level and note of the merged item are taken from this item</translation>
    </message>
    <message>
        <source>&amp;Nội dung sau khi gộp (*):</source>
        <translation>&amp;Work item after merging (*):</translation>
    </message>
    <message>
        <source>Cơ quan &amp;chủ trì (*):</source>
        <translation>L&amp;ead unit (*):</translation>
    </message>
    <message>
        <source>Chọn trong các đơn vị của các nội dung được gộp</source>
        <translation>Choose among the units of the merged items</translation>
    </message>
    <message>
        <source>Cơ quan &amp;phối hợp:</source>
        <translation>Co-operating &amp;units:</translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>15/06/2024, Tháng 6, Quý II, 6 tháng đầu năm, Thường xuyên…</source>
        <translation>15/06/2024, Tháng 6, Quý II, 6 tháng đầu năm, Thường xuyên…</translation>
    </message>
    <message>
        <source>ghi vào lịch sử của từng nội dung (không bắt buộc)</source>
        <translation>recorded in the history of each item (optional)</translation>
    </message>
    <message>
        <source>&amp;Gộp</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n nội dung của các đơn vị mô tả cùng một việc được gộp thành một nội dung mới. Các nội dung cũ được giữ lại với trạng thái &quot;%1&quot; và ghi &quot;gộp vào&quot; trong lịch sử; khi so sánh, chúng được tính là đã gộp.</source>
        <translation>
            <numerusform>%n item of the units describing the same task is merged into one new item. The old item is kept with the status &quot;%1&quot; and marked &quot;merged into&quot; in its history; in comparisons it counts as merged.</numerusform>
            <numerusform>%n items of the units describing the same task are merged into one new item. The old items are kept with the status &quot;%1&quot; and marked &quot;merged into&quot; in their history; in comparisons they count as merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>số %1 — %2</source>
        <translation>no. %1 — %2</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>Chỉ gộp được nội dung &quot;%1&quot; hoặc &quot;%2&quot;</source>
        <translation>Only &quot;%1&quot; or &quot;%2&quot; items can be merged</translation>
    </message>
    <message>
        <source>Hạn: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <source>Không có ngày hạn cố định</source>
        <translation>No fixed due date</translation>
    </message>
    <message>
        <source>Hãy nhập nội dung công việc sau khi gộp.</source>
        <translation>Please enter the work item after merging.</translation>
    </message>
    <message>
        <source>Hãy chọn cơ quan chủ trì trong các đơn vị của các nội dung được gộp.</source>
        <translation>Please choose a lead unit among the units of the merged items.</translation>
    </message>
    <message>
        <source>Thời hạn: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Không gộp được</source>
        <translation>Could not merge</translation>
    </message>
    <message>
        <source>Lý &amp;do gộp:</source>
        <translation>&amp;Reason for merging:</translation>
    </message>
    <message>
        <source>Không đọc được. Các cách viết được chấp nhận: %1</source>
        <translation>Not recognized. Accepted forms: %1</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Nhập &amp;lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Mật khẩu mới cho %1 (%2), ít nhất %3 ký tự. Hãy báo mật khẩu cho người đó; họ nên tự đổi lại bằng workprogram-cli users passwd.</source>
        <translation>New password for %1 (%2), at least %3 characters. Tell the person the password; they should change it themselves with workprogram-cli users passwd.</translation>
    </message>
    <message>
        <source>Đặt mật khẩu</source>
        <translation>Set Password</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Chương trình công tác năm %1</source>
        <translation>Work Program for %1</translation>
    </message>
</context>
<context>
    <name>ProgramActions</name>
    <message>
        <source>Kết thúc nhận đề xuất, &amp;tổng hợp dự thảo…</source>
        <translation>Close Proposals, &amp;Compile the Draft…</translation>
    </message>
    <message>
        <source>Trình &amp;Lãnh đạo xem xét dự thảo…</source>
        <translation>Submit the Draft to the &amp;Leader for Review…</translation>
    </message>
    <message>
        <source>&amp;Mở điều chỉnh, bổ sung chương trình…</source>
        <translation>&amp;Open a Program Amendment…</translation>
    </message>
    <message>
        <source>Trình Lãnh đạo &amp;duyệt điều chỉnh…</source>
        <translation>Submit the Amendment to the Leader for &amp;Approval…</translation>
    </message>
    <message>
        <source>%1 → %2…</source>
        <translation>%1 → %2…</translation>
    </message>
    <message>
        <source>Dự thảo trở lại Văn phòng để tổng hợp, chỉnh sửa tiếp.</source>
        <translation>The draft goes back to the Office for further compiling and editing.</translation>
    </message>
    <message>
        <source>Văn phòng tổng hợp các đề xuất của đơn vị vào dự thảo chương trình.</source>
        <translation>The Office compiles the units&apos; proposals into the draft program.</translation>
    </message>
    <message>
        <source>Các nội dung đã phê duyệt được khóa lại; Lãnh đạo ký ban hành điều chỉnh (Duyệt → Phê duyệt và ký ban hành).</source>
        <translation>The approved items are locked again; the Leader signs off the amendment (Review → Approve and Sign Off).</translation>
    </message>
    <message>
        <source>Lãnh đạo xem xét, phê duyệt hoặc trả lại từng nội dung rồi ký ban hành.</source>
        <translation>The Leader reviews, approves or returns each item, then signs off.</translation>
    </message>
    <message>
        <source>Văn phòng được sửa các nội dung đã phê duyệt và đang thực hiện (điều chỉnh, bổ sung); sau đó trình Lãnh đạo ký ban hành điều chỉnh. Bản đã ký giữ nguyên.</source>
        <translation>The Office may edit approved and in-progress items (amendment), then submits the amendment to the Leader to sign off. The signed version stays unchanged.</translation>
    </message>
    <message>
        <source>&amp;Chương trình</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Chuyển các việc chưa xong sang &amp;năm sau…</source>
        <translation>Roll Unfinished Items Over to the &amp;Next Year…</translation>
    </message>
    <message>
        <source>Văn phòng: các nội dung chưa hoàn thành thành đề xuất của chương trình năm sau</source>
        <translation>Office: the unfinished items become proposals for the next year&apos;s program</translation>
    </message>
    <message>
        <source>Đề &amp;xuất</source>
        <translation>Pro&amp;pose</translation>
    </message>
    <message>
        <source>Chuyển &amp;trạng thái</source>
        <translation>Change &amp;Status</translation>
    </message>
    <message>
        <source>Ghi ý &amp;kiến…</source>
        <translation>Add Comm&amp;ent…</translation>
    </message>
    <message>
        <source>Chương trình năm %1: %2</source>
        <translation>Program %1: %2</translation>
    </message>
    <message>
        <source>Năm %1 chưa có chương trình</source>
        <translation>No program for %1 yet</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Chưa đăng nhập</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Hãy đăng nhập (Tệp → Đăng xuất / đổi người dùng) để chuyển bước chương trình.</source>
        <translation>Log in (File → Log Out / Switch User) to move the program to another step.</translation>
    </message>
    <message>
        <source>Không chuyển bước được</source>
        <translation>Could not change the step</translation>
    </message>
    <message>
        <source>Năm %1 chưa có chương trình.</source>
        <translation>There is no program for %1 yet.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Chương trình năm %1: %2 → %3; đã ghi ảnh chụp #%4 (%n nội dung).</source>
        <translation>
            <numerusform>Program %1: %2 → %3; saved snapshot #%4 (%n item).</numerusform>
            <numerusform>Program %1: %2 → %3; saved snapshot #%4 (%n items).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chuyển chương trình năm %1 từ bước &quot;%2&quot; sang &quot;%3&quot;?</source>
        <translation>Move the program %1 from step &quot;%2&quot; to &quot;%3&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>Một ảnh chụp của %n nội dung hiện có được lưu lại cùng bước này: không sửa, không xóa được, dùng để so sánh về sau (Duyệt → So sánh các ảnh chụp).</source>
        <translation>
            <numerusform>A snapshot of the %n current item is saved with this step: it cannot be edited or deleted, and is used for later comparisons (Review → Compare Snapshots).</numerusform>
            <numerusform>A snapshot of the %n current items is saved with this step: it cannot be edited or deleted, and is used for later comparisons (Review → Compare Snapshots).</numerusform>
        </translation>
    </message>
    <message>
        <source>Chuyển sang &quot;%1&quot;</source>
        <translation>Move to &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Chuyển %n nội dung sang &quot;%1&quot; cần ghi lý do:</source>
        <translation>
            <numerusform>Moving %n item to &quot;%1&quot; requires a reason:</numerusform>
            <numerusform>Moving %n items to &quot;%1&quot; requires a reason:</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa chuyển nội dung nào: chưa ghi lý do.</source>
        <translation>No items were moved: no reason was given.</translation>
    </message>
    <message>
        <source>Hãy đăng nhập (Tệp → Đăng xuất / đổi người dùng) để ghi ý kiến.</source>
        <translation>Log in (File → Log Out / Switch User) to add a comment.</translation>
    </message>
    <message>
        <source>Ghi ý kiến</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source>Ý kiến về nội dung số %1: %2</source>
        <translation>Comment on item no. %1: %2</translation>
    </message>
    <message>
        <source>Hãy ghi ý kiến trước khi bấm Đồng ý.</source>
        <translation>Write a comment before clicking OK.</translation>
    </message>
    <message>
        <source>Không ghi được ý kiến</source>
        <translation>Could not save the comment</translation>
    </message>
    <message>
        <source>Đã ghi ý kiến về nội dung số %1.</source>
        <translation>Saved the comment on item no. %1.</translation>
    </message>
    <message>
        <source>Hãy đăng nhập bằng tài khoản Văn phòng để chuyển các việc chưa xong sang năm sau.</source>
        <translation>Log in with an Office account to roll the unfinished items over to the next year.</translation>
    </message>
    <message>
        <source>Không chuyển sang năm %1 được</source>
        <translation>Could not roll over to %1</translation>
    </message>
    <message>
        <source>Năm %1 không có nội dung nào chưa hoàn thành; đã mở chương trình năm %2.</source>
        <translation>The year %1 has no unfinished items; opened the program %2.</translation>
    </message>
    <message>
        <source>Đã chuyển %1 nội dung chưa hoàn thành của năm %2 sang chương trình năm %3 (số %4 đến %5), thành đề xuất.</source>
        <translation>Rolled over %1 unfinished items of %2 to the program %3 (nos. %4 to %5) as proposals.</translation>
    </message>
    <message numerus="yes">
        <source>%n nội dung có thời hạn là ngày cụ thể, cần xem lại.</source>
        <translation>
            <numerusform>%n item has a deadline on a specific date and needs review.</numerusform>
            <numerusform>%n items have a deadline on a specific date and need review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã chuyển sang năm %1</source>
        <translation>Rolled over to %1</translation>
    </message>
    <message>
        <source>Mở chương trình năm %1 ngay?</source>
        <translation>Open the program %1 now?</translation>
    </message>
    <message>
        <source>Đưa dự thảo &amp;về tổng hợp lại…</source>
        <translation>Return the &amp;Draft for Recompiling…</translation>
    </message>
</context>
<context>
    <name>ProgramHistoryRepository</name>
    <message>
        <source>bước #%1 (chương trình mã %2)</source>
        <translation>step #%1 (program id %2)</translation>
    </message>
    <message>
        <source>bước #%1 (năm %2)</source>
        <translation>step #%1 (year %2)</translation>
    </message>
    <message>
        <source>lịch sử chương trình: %1 không nối tiếp bước trước; có bước đã bị xóa hoặc sửa</source>
        <translation>program history: %1 does not follow the previous step; a step was deleted or changed</translation>
    </message>
    <message>
        <source>lịch sử chương trình: %1 đã bị sửa sau khi ghi</source>
        <translation>program history: %1 was changed after it was written</translation>
    </message>
    <message>
        <source>lịch sử chương trình: mọi bước đã bị xóa (mã băm cuối không khớp)</source>
        <translation>program history: every step was deleted (the final hash does not match)</translation>
    </message>
    <message>
        <source>lịch sử chương trình: các bước sau bước #%1 đã bị xóa (mã băm cuối không khớp)</source>
        <translation>program history: the steps after step #%1 were deleted (the final hash does not match)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tệp %1</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>%1 là tệp cơ sở dữ liệu đang mở: không ghi đè lên nó được. Hãy chọn tên khác.</source>
        <translation>%1 is the open database file: it cannot be overwritten. Choose another name.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lý do là bắt buộc: hãy ghi rõ cần điều chỉnh gì.</source>
        <translation>A reason is required: state clearly what needs to be adjusted.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>cần một QGuiApplication để in báo cáo</source>
        <translation>a QGuiApplication is needed to print reports</translation>
    </message>
    <message>
        <source>không ghi được tệp %1: %2</source>
        <translation>could not write file %1: %2</translation>
    </message>
    <message>
        <source>không tạo được tệp PDF %1</source>
        <translation>could not create PDF file %1</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>Thông tin in báo cáo</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <source>UBND THÀNH PHỐ HÀ NỘI</source>
        <translation>UBND THÀNH PHỐ HÀ NỘI</translation>
    </message>
    <message>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM</source>
        <translation>ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM</translation>
    </message>
    <message>
        <source>Địa &amp;danh:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>Nam Từ Liêm</source>
        <translation>Nam Từ Liêm</translation>
    </message>
    <message>
        <source>&amp;Số, ký hiệu:</source>
        <translation>&amp;Number and symbol:</translation>
    </message>
    <message>
        <source>để trống cho văn thư điền</source>
        <translation>leave empty for the records clerk to fill in</translation>
    </message>
    <message>
        <source>&amp;Quyền hạn ký:</source>
        <translation>&amp;Signing authority:</translation>
    </message>
    <message>
        <source>KT. CHỦ TỊCH</source>
        <translation>KT. CHỦ TỊCH</translation>
    </message>
    <message>
        <source>PHÓ CHỦ TỊCH</source>
        <translation>PHÓ CHỦ TỊCH</translation>
    </message>
    <message>
        <source>&amp;Họ tên người ký:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Nơi nhận
(mỗi dòng một nơi):</source>
        <translation>&amp;Recipients
(one per line):</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Chức &amp;vụ người ký:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Chưa đăng nhập</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Hãy đăng nhập (Tệp → Đăng xuất / đổi người dùng) để duyệt nội dung.</source>
        <translation>Log in (File → Log Out / Switch User) to review items.</translation>
    </message>
    <message>
        <source>Cần ghi lý do</source>
        <translation>Reason required</translation>
    </message>
    <message>
        <source>Chuyển nội dung sang &quot;%1&quot; cần ghi lý do. Chưa có nội dung nào được thay đổi.</source>
        <translation>Moving items to &quot;%1&quot; requires a reason. No items have been changed.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Action failed</translation>
    </message>
    <message numerus="yes">
        <source>Đã chuyển %n nội dung sang &quot;%1&quot;.</source>
        <translation>
            <numerusform>Moved %n item to &quot;%1&quot;.</numerusform>
            <numerusform>Moved %n items to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Chưa có nội dung nào được thay đổi.</source>
        <translation>%1

No items have been changed.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <source>Đưa vào &amp;dự thảo</source>
        <translation>Add to &amp;Draft</translation>
    </message>
    <message>
        <source>&amp;Yêu cầu điều chỉnh…</source>
        <translation>&amp;Request Adjustment…</translation>
    </message>
    <message>
        <source>Đề xuất &amp;lại</source>
        <translation>&amp;Propose Again</translation>
    </message>
    <message>
        <source>Duyệt nội dung đề xuất</source>
        <translation>Review Proposed Items</translation>
    </message>
    <message>
        <source>&amp;Hiển thị:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Chờ duyệt (đơn vị đã đề xuất)</source>
        <translation>Awaiting review (proposed by units)</translation>
    </message>
    <message>
        <source>Bị trả lại — chờ đơn vị điều chỉnh</source>
        <translation>Returned — awaiting adjustment by the unit</translation>
    </message>
    <message>
        <source>Chọn một hoặc nhiều nội dung (Ctrl/Shift + bấm), hoặc chọn dòng đơn vị để xử lý cả đơn vị. Yêu cầu điều chỉnh phải ghi lý do.</source>
        <translation>Select one or more items (Ctrl/Shift + click), or select a unit row to handle the whole unit. A request for adjustment must include a reason.</translation>
    </message>
    <message>
        <source>Đưa các nội dung đã chọn vào dự thảo chương trình (Ctrl+Enter)</source>
        <translation>Add the selected items to the draft program (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Trả lại đơn vị kèm lý do (Ctrl+Shift+Enter)</source>
        <translation>Return to the unit with a reason (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Gửi lại nội dung đã điều chỉnh để Văn phòng duyệt (Ctrl+Shift+P)</source>
        <translation>Resubmit the adjusted items for review by the Office (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Yêu cầu điều chỉnh</source>
        <translation>Request Adjustment</translation>
    </message>
    <message numerus="yes">
        <source>Lý do trả lại %n nội dung (đơn vị sẽ thấy lý do này):</source>
        <translation>
            <numerusform>Reason for returning %n item (the unit will see this reason):</numerusform>
            <numerusform>Reason for returning %n items (the unit will see this reason):</numerusform>
        </translation>
    </message>
    <message>
        <source>Không có nội dung nào chờ duyệt.</source>
        <translation>No items are awaiting review.</translation>
    </message>
    <message>
        <source>Không có nội dung nào bị trả lại.</source>
        <translation>No items have been returned.</translation>
    </message>
    <message numerus="yes">
        <source>%n nội dung của %1 đơn vị</source>
        <translation>
            <numerusform>%n item from %1 unit(s)</numerusform>
            <numerusform>%n items from %1 unit(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Gộp…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Gộp các nội dung đã chọn của nhiều đơn vị về cùng một việc thành một nội dung</source>
        <translation>Merge the selected items of several units about the same task into one item</translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation>Se&amp;arch:</translation>
    </message>
    <message>
        <source>các từ cần tìm, không cần dấu; &quot;cụm từ&quot; trong ngoặc kép</source>
        <translation>words to search for, diacritics optional; &quot;a phrase&quot; in double quotes</translation>
    </message>
    <message numerus="yes">
        <source>Không tìm thấy nội dung nào trong %n nội dung.</source>
        <translation>
            <numerusform>No matches in %n item.</numerusform>
            <numerusform>No matches in %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tìm thấy %n trong %1 nội dung, của %2 đơn vị</source>
        <translation>
            <numerusform>Found %n match among %1 items, in %2 units</numerusform>
            <numerusform>Found %n matches among %1 items, in %2 units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Đơn vị / nội dung</source>
        <translation>Unit / item</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Lý do trả lại</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Chuyển các việc chưa xong sang năm sau</source>
        <translation>Roll Unfinished Items Over to the Next Year</translation>
    </message>
    <message>
        <source>Các nội dung chưa hoàn thành của chương trình năm %1 (không tính nội dung đã hoàn thành, không đưa vào hoặc đã rút) được chép sang chương trình năm mới thành đề xuất, giữ liên kết với nội dung cũ.</source>
        <translation>The unfinished items of the program %1 (not counting items that are done, rejected or withdrawn) are copied into the new year&apos;s program as proposals, keeping a link to the old items.</translation>
    </message>
    <message>
        <source>Sang &amp;năm:</source>
        <translation>To &amp;year:</translation>
    </message>
    <message>
        <source>Chuyển sang năm mới</source>
        <translation>Roll Over to the New Year</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sẽ chuyển %1 nội dung chưa hoàn thành sang chương trình năm %2.</source>
        <translation>%1 unfinished items will be rolled over to the program %2.</translation>
    </message>
    <message>
        <source>%1 nội dung có thời hạn là một ngày cụ thể: giữ nguyên ngày và được đánh dấu cần xem lại; các thời hạn theo tháng, quý, năm được chuyển sang năm %2.</source>
        <translation>%1 items have a deadline on a specific date: the date is kept and the item is marked for review; deadlines by month, quarter or year are moved to %2.</translation>
    </message>
    <message>
        <source>Năm %1 đã có chương trình (bước &quot;%2&quot;): các nội dung được thêm sau các nội dung đã có.</source>
        <translation>The year %1 already has a program (step &quot;%2&quot;): the items are added after the existing ones.</translation>
    </message>
    <message>
        <source>Chương trình năm %1 sẽ được tạo.</source>
        <translation>The program %1 will be created.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Chương trình công tác năm %1 của UBND quận Nam Từ Liêm (dữ liệu mẫu)</source>
        <translation>Work Program for %1 of the Nam Tu Liem District People&apos;s Committee (sample data)</translation>
    </message>
    <message>
        <source> (đợt %1)</source>
        <translation> (phase %1)</translation>
    </message>
    <message>
        <source>Nội dung chung của nhiều đơn vị: cơ quan chủ trì xây dựng đề án</source>
        <translation>Shared item of several units: the lead unit drafts the proposal</translation>
    </message>
    <message>
        <source>dữ liệu mẫu</source>
        <translation>sample data</translation>
    </message>
</context>
<context>
    <name>SampleReview</name>
    <message>
        <source>chưa có các đơn vị mẫu</source>
        <translation>the sample units are missing</translation>
    </message>
    <message>
        <source>Quản trị hệ thống</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Chuyên viên</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Nguyễn Văn Phong</source>
        <translation>Nguyễn Văn Phong</translation>
    </message>
    <message>
        <source>Chánh Văn phòng</source>
        <translation>Chief of the Office</translation>
    </message>
    <message>
        <source>Trần Minh Chính</source>
        <translation>Trần Minh Chính</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>Lê Thị Đơn</source>
        <translation>Lê Thị Đơn</translation>
    </message>
    <message>
        <source>Ghi rõ sản phẩm đầu ra và thời hạn trình theo quý.</source>
        <translation>State the expected output and the submission deadline by quarter.</translation>
    </message>
    <message>
        <source>dữ liệu mẫu</source>
        <translation>sample data</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
        <translation>The new language takes effect the next time the program starts.</translation>
    </message>
    <message>
        <source>Sao lưu tự động</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Sao lưu &amp;mỗi ngày khi mở cơ sở dữ liệu</source>
        <translation>Back up &amp;daily when a database is opened</translation>
    </message>
    <message>
        <source>&amp;Giữ lại:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source> bản mới nhất</source>
        <translation> newest copies</translation>
    </message>
    <message>
        <source>&amp;Thư mục:</source>
        <translation>&amp;Folder:</translation>
    </message>
</context>
<context>
    <name>SignatureBlock</name>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <source>&amp;Phê duyệt</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Trả lại…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <source>Phê duyệt &amp;cả đơn vị</source>
        <translation>Approve &amp;Whole Unit</translation>
    </message>
    <message>
        <source>Trả lại cả đơ&amp;n vị…</source>
        <translation>Return Whole U&amp;nit…</translation>
    </message>
    <message>
        <source>&amp;Ký ban hành…</source>
        <translation>&amp;Sign Off…</translation>
    </message>
    <message>
        <source>Phê duyệt và ký ban hành chương trình</source>
        <translation>Approve and Sign Off the Program</translation>
    </message>
    <message>
        <source>Phê duyệt các nội dung đã chọn (Ctrl+Enter)</source>
        <translation>Approve the selected items (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Trả lại các nội dung đã chọn kèm ý kiến (Ctrl+Shift+Enter)</source>
        <translation>Return the selected items with a comment (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Ký ban hành</source>
        <translation>Sign Off</translation>
    </message>
    <message>
        <source>Số &amp;quyết định:</source>
        <translation>&amp;Decision number:</translation>
    </message>
    <message>
        <source>ví dụ 123/QĐ-UBND</source>
        <translation>e.g. 123/QĐ-UBND</translation>
    </message>
    <message>
        <source>Ký ban hành chương trình (Ctrl+Shift+K); chỉ được khi không còn nội dung đề xuất hoặc bị trả lại</source>
        <translation>Sign off the program (Ctrl+Shift+K); only possible when no items remain proposed or returned</translation>
    </message>
    <message>
        <source>So sánh các nội dung hiện tại với ảnh chụp gần nhất của chương trình</source>
        <translation>Compare the current items with the latest snapshot of the program</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message numerus="yes">
        <source>Ý kiến khi trả lại %n nội dung:</source>
        <translation>
            <numerusform>Comment for returning %n item:</numerusform>
            <numerusform>Comment for returning %n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Trả lại cả đơn vị</source>
        <translation>Return Whole Unit</translation>
    </message>
    <message>
        <source>Ý kiến khi trả lại mọi nội dung đề xuất và dự thảo của %1:</source>
        <translation>Comment for returning all proposed and draft items of %1:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — bước hiện tại: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — current step: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Năm %1 chưa có chương trình.</source>
        <translation>There is no program for %1 yet.</translation>
    </message>
    <message>
        <source>Người thực hiện: %1 (%2)</source>
        <translation>Acting as: %1 (%2)</translation>
    </message>
    <message>
        <source>Chưa đăng nhập: hãy đăng nhập để phê duyệt.</source>
        <translation>Not logged in: log in to approve.</translation>
    </message>
    <message>
        <source>Nội dung do &lt;b&gt;%1&lt;/b&gt; chủ trì: %2</source>
        <translation>Items led by &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Mọi nội dung: %1 — chọn một đơn vị ở bảng trên để xem riêng</source>
        <translation>All items: %1 — select a unit in the table above to view it separately</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>• %1: %2 nội dung (%3)</source>
        <translation>• %1: %2 items (%3)</translation>
    </message>
    <message>
        <source>Tổng cộng: %1 nội dung (%2)</source>
        <translation>Total: %1 items (%2)</translation>
    </message>
    <message>
        <source>Chưa đăng nhập</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Hãy đăng nhập bằng tài khoản Lãnh đạo để ký ban hành.</source>
        <translation>Log in with a Leader account to sign off.</translation>
    </message>
    <message>
        <source>Thiếu số quyết định</source>
        <translation>Decision number missing</translation>
    </message>
    <message>
        <source>Hãy ghi số và ký hiệu quyết định, ví dụ 123/QĐ-UBND.</source>
        <translation>Enter the number and code of the decision, e.g. 123/QĐ-UBND.</translation>
    </message>
    <message>
        <source>Không ký ban hành được</source>
        <translation>Could not sign off</translation>
    </message>
    <message>
        <source>Ký ban hành %1 theo quyết định số %2?

Số nội dung theo đơn vị chủ trì:
%3</source>
        <translation>Sign off %1 under decision no. %2?

Items per lead unit:
%3</translation>
    </message>
    <message>
        <source>Đã ký ban hành %1, quyết định số %2.</source>
        <translation>Signed off %1, decision no. %2.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;So sánh với ảnh chụp trước…</source>
        <translation>Compare with &amp;Previous Snapshot…</translation>
    </message>
</context>
<context>
    <name>SnapshotRepository</name>
    <message>
        <source>ảnh chụp #%1: mã băm không khớp (nội dung đã bị sửa sau khi ghi)</source>
        <translation>snapshot #%1: the hash does not match (the content was changed after it was saved)</translation>
    </message>
    <message>
        <source>ảnh chụp #%1: nội dung không đọc được</source>
        <translation>snapshot #%1: the content cannot be read</translation>
    </message>
    <message>
        <source>ảnh chụp #%1: không còn (bước chương trình #%2 ghi ảnh chụp này)</source>
        <translation>snapshot #%1: missing (program step #%2 recorded this snapshot)</translation>
    </message>
    <message>
        <source>ảnh chụp #%1: mã băm khác mã đã ghi ở bước chương trình #%2</source>
        <translation>snapshot #%1: the hash differs from the one recorded at program step #%2</translation>
    </message>
</context>
<context>
    <name>SnapshotSource</name>
    <message>
        <source>Ảnh chụp #%1 — %2, %3</source>
        <translation>Snapshot #%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>StateVerifier</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nội dung số %1 (mã %2, năm %3)</source>
        <translation>item no. %1 (ID %2, year %3)</translation>
    </message>
    <message>
        <source>%1: không có trong lịch sử — đã được thêm vào ngoài chương trình</source>
        <translation>%1: not in the history — added outside the application</translation>
    </message>
    <message>
        <source>%1: %2 khác với lịch sử (đang là &quot;%3&quot;, lịch sử ghi &quot;%4&quot;) — đã bị sửa ngoài chương trình</source>
        <translation>%1: %2 differs from the history (currently &quot;%3&quot;, the history says &quot;%4&quot;) — changed outside the application</translation>
    </message>
    <message>
        <source>%1: lịch sử ghi đã xóa nhưng vẫn còn trong chương trình</source>
        <translation>%1: the history records it as deleted, but it is still in the program</translation>
    </message>
    <message>
        <source>nội dung mã %1: có trong lịch sử nhưng không còn trong cơ sở dữ liệu — đã bị xóa ngoài chương trình</source>
        <translation>item ID %1: in the history but no longer in the database — deleted outside the application</translation>
    </message>
    <message>
        <source>chương trình năm %1 đang ở bước &quot;%2&quot; nhưng lịch sử các bước ghi &quot;%3&quot; — đã bị sửa ngoài chương trình</source>
        <translation>the %1 program is at the step &quot;%2&quot; but the step history says &quot;%3&quot; — changed outside the application</translation>
    </message>
    <message>
        <source>tài khoản %1: không có trong nhật ký quản trị — đã được thêm ngoài chương trình</source>
        <translation>account %1: not in the admin log — added outside the application</translation>
    </message>
    <message>
        <source>vai trò</source>
        <translation>role</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>các đơn vị phụ trách</source>
        <translation>responsible units</translation>
    </message>
    <message>
        <source>trạng thái khóa</source>
        <translation>lock status</translation>
    </message>
    <message>
        <source>họ và tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>tài khoản %1: %2 đang là &quot;%3&quot;, nhật ký ghi &quot;%4&quot; — đã bị sửa ngoài chương trình</source>
        <translation>account %1: %2 is &quot;%3&quot;, the log says &quot;%4&quot; — changed outside the application</translation>
    </message>
    <message>
        <source>nội dung như lúc nâng cấp cơ sở dữ liệu (lược đồ 7): lịch sử kiểm tra được từ đây</source>
        <translation>items as at the database upgrade (schema 7): the history can be verified from here on</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Chuyển bước chương trình</source>
        <translation>Change Program Step</translation>
    </message>
    <message>
        <source>Để trống: ảnh chụp mang tên bước (%1)</source>
        <translation>Leave empty: the snapshot is named after the step (%1)</translation>
    </message>
    <message>
        <source>&amp;Tên ảnh chụp (không bắt buộc):</source>
        <translation>Snapshot &amp;name (optional):</translation>
    </message>
    <message>
        <source>Chuyển bước</source>
        <translation>Change Step</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitCountsModel</name>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bấm để lọc danh sách theo ô này</source>
        <translation>Click to filter the list by this cell</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đến hạn trong %1 ngày</source>
        <translation>Due within %1 days</translation>
    </message>
</context>
<context>
    <name>UnitListEditor</name>
    <message>
        <source>Lọc đơn vị (không cần dấu)</source>
        <translation>Filter units (diacritics optional)</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>tài khoản đầu tiên phải là quản trị</source>
        <translation>the first account must be an administrator</translation>
    </message>
    <message>
        <source>hãy đăng nhập bằng tài khoản quản trị để thêm người dùng</source>
        <translation>log in with an administrator account to add users</translation>
    </message>
    <message>
        <source>%1 không được thêm người dùng: chỉ %2 mới được</source>
        <translation>%1 may not add users: only %2 may</translation>
    </message>
    <message>
        <source>không có người dùng &quot;%1&quot;</source>
        <translation>there is no user &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 không được đổi mật khẩu của %2: chỉ chính người đó hoặc %3 mới được</source>
        <translation>%1 may not change the password of %2: only that person or %3 may</translation>
    </message>
    <message>
        <source>hai lần nhập mật khẩu không khớp</source>
        <translation>the two passwords do not match</translation>
    </message>
    <message>
        <source>mật khẩu trống</source>
        <translation>empty password</translation>
    </message>
    <message>
        <source>mật khẩu phải có ít nhất %1 ký tự</source>
        <translation>the password must have at least %1 characters</translation>
    </message>
    <message>
        <source>tên đăng nhập không được trống và không có dấu cách</source>
        <translation>the login must not be empty or contain spaces</translation>
    </message>
    <message>
        <source>hãy ghi họ và tên</source>
        <translation>give the full name</translation>
    </message>
    <message>
        <source>cán bộ đơn vị cần có đơn vị</source>
        <translation>unit staff need a unit</translation>
    </message>
    <message>
        <source>chỉ cán bộ đơn vị mới thuộc một đơn vị</source>
        <translation>only unit staff belong to a unit</translation>
    </message>
    <message>
        <source>chỉ lãnh đạo mới có các đơn vị phụ trách</source>
        <translation>only leaders have units they are responsible for</translation>
    </message>
    <message>
        <source>không có đơn vị mã %1</source>
        <translation>there is no unit with id %1</translation>
    </message>
    <message>
        <source>tên đăng nhập &quot;%1&quot; đã có</source>
        <translation>the login &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>tài khoản %1 đã bị khóa</source>
        <translation>the account %1 is locked</translation>
    </message>
    <message>
        <source>%1 không được khóa hay mở khóa tài khoản: chỉ %2 mới được</source>
        <translation>%1 may not lock or unlock accounts: only %2 may</translation>
    </message>
    <message>
        <source>không tự khóa tài khoản của mình được; hãy nhờ một quản trị khác</source>
        <translation>you cannot lock your own account; ask another administrator</translation>
    </message>
    <message>
        <source>tên đăng nhập chỉ gồm chữ, số và dấu; không có ký tự điều khiển hay ký tự ẩn (U+%1)</source>
        <translation>a login may contain only letters, digits and punctuation; no control or invisible characters (U+%1)</translation>
    </message>
    <message>
        <source>mật khẩu không được chỉ có dấu cách</source>
        <translation>the password cannot consist of spaces only</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>(tất cả các đơn vị)</source>
        <translation>(all units)</translation>
    </message>
    <message>
        <source>%1 (đã khóa)</source>
        <translation>%1 (locked)</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>không đủ bộ nhớ để mã hóa mật khẩu</source>
        <translation>not enough memory to hash the password</translation>
    </message>
    <message>
        <source>tên đăng nhập &quot;%1&quot; đã có</source>
        <translation>the login &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>sai tên đăng nhập hoặc mật khẩu (%1)</source>
        <translation>wrong login or password (%1)</translation>
    </message>
    <message>
        <source>tài khoản %1 đã bị khóa</source>
        <translation>the account %1 is locked</translation>
    </message>
    <message>
        <source>đăng nhập sai %1 lần liền cho %2: hãy thử lại sau %3 giây</source>
        <translation>%1 failed logins in a row for %2: try again in %3 seconds</translation>
    </message>
    <message>
        <source>đã kết nối máy chủ với tên đăng nhập %1: --as phải là %1, không phải %2</source>
        <translation>connected to the server with the login %1: --as must be %1, not %2</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Thêm người dùng…</source>
        <translation>&amp;Add User…</translation>
    </message>
    <message>
        <source>Đặt lại &amp;mật khẩu…</source>
        <translation>Reset &amp;Password…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Không đọc được danh sách người dùng</source>
        <translation>Could not read the user list</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của %1.</source>
        <translation>Changed the password of %1.</translation>
    </message>
    <message>
        <source>&amp;Khóa tài khoản</source>
        <translation>&amp;Lock account</translation>
    </message>
    <message>
        <source>Tài khoản của cơ sở dữ liệu này. Quản trị thêm người dùng, đặt lại mật khẩu và khóa tài khoản của người đã nghỉ hoặc chuyển công tác (lịch sử của họ vẫn giữ nguyên); mật khẩu được lưu dưới dạng mã băm (argon2id), không ai xem được, kể cả Quản trị.</source>
        <translation>The accounts of this database. Administrators add users, reset passwords and lock the accounts of people who have left or moved (their history is kept as it is); passwords are stored as hashes (argon2id) that nobody can read, administrators included.</translation>
    </message>
    <message>
        <source>Mở &amp;khóa tài khoản</source>
        <translation>Un&amp;lock account</translation>
    </message>
    <message>
        <source>Mở khóa tài khoản %1 (%2)? Người đó đăng nhập lại được bằng mật khẩu cũ.</source>
        <translation>Unlock the account %1 (%2)? They can sign in again with their old password.</translation>
    </message>
    <message>
        <source>Khóa tài khoản %1 (%2)? Người đó không đăng nhập được nữa; những gì họ đã làm vẫn giữ trong lịch sử. Có thể mở khóa lại.</source>
        <translation>Lock the account %1 (%2)? They can no longer sign in; what they did stays in the history. The account can be unlocked again.</translation>
    </message>
    <message>
        <source>Mở khóa tài khoản</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Khóa tài khoản</source>
        <translation>Lock account</translation>
    </message>
    <message>
        <source>Không mở khóa được</source>
        <translation>Could not unlock</translation>
    </message>
    <message>
        <source>Không khóa được</source>
        <translation>Could not lock</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>không ai</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>%1 dài %2 ký tự, quá giới hạn %3 ký tự (giới hạn của một ô Excel)</source>
        <translation>%1 is %2 characters long, over the limit of %3 characters (the limit of an Excel cell)</translation>
    </message>
    <message>
        <source>%1 có ký tự NUL (mã 0), không lưu được</source>
        <translation>%1 contains a NUL character (code 0) and cannot be saved</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>không có nội dung mã %1</source>
        <translation>there is no item with id %1</translation>
    </message>
    <message>
        <source>%1 thuộc đơn vị khác; nội dung số %2 do %3 chủ trì: chỉ cán bộ của %3, Văn phòng hoặc Lãnh đạo phụ trách mới được thao tác</source>
        <translation>%1 belongs to another unit; item %2 is led by %3: only staff of %3, the Office or the responsible leader may act on it</translation>
    </message>
    <message>
        <source>%1 không phụ trách %2 (đơn vị chủ trì nội dung số %3): chỉ Lãnh đạo phụ trách đơn vị này hoặc Văn phòng mới được thao tác</source>
        <translation>%1 is not responsible for %2 (lead unit of item %3): only the leader responsible for that unit or the Office may act on it</translation>
    </message>
    <message>
        <source>tài khoản quản trị chỉ quản lý người dùng; chỉ Đơn vị, Văn phòng hoặc Lãnh đạo mới được thao tác với nội dung công việc</source>
        <translation>administrator accounts only manage users; only a Unit, the Office or a Leader may act on items</translation>
    </message>
    <message>
        <source>nội dung số %1 đã ở trạng thái &quot;%2&quot;</source>
        <translation>item %1 is already &quot;%2&quot;</translation>
    </message>
    <message>
        <source>không ai được chuyển nội dung từ &quot;%1&quot; sang trạng thái khác</source>
        <translation>nobody may move an item from &quot;%1&quot; to another status</translation>
    </message>
    <message>
        <source>không ai được chuyển nội dung từ &quot;%1&quot; sang &quot;%2&quot;; từ &quot;%1&quot; chỉ chuyển được sang: %3</source>
        <translation>nobody may move an item from &quot;%1&quot; to &quot;%2&quot;; from &quot;%1&quot; it can only go to: %3</translation>
    </message>
    <message>
        <source>%1 (%2) không được chuyển nội dung từ &quot;%3&quot; sang &quot;%4&quot;: chỉ %5 mới được</source>
        <translation>%1 (%2) may not move an item from &quot;%3&quot; to &quot;%4&quot;: only %5 may</translation>
    </message>
    <message>
        <source>chuyển sang &quot;%1&quot; cần ghi lý do (--comment)</source>
        <translation>moving to &quot;%1&quot; needs a reason (--comment)</translation>
    </message>
    <message>
        <source>ý kiến trống (--text)</source>
        <translation>empty comment (--text)</translation>
    </message>
    <message>
        <source>chỉ Văn phòng mới được đổi cơ quan chủ trì</source>
        <translation>only the Office may change the lead unit</translation>
    </message>
    <message>
        <source>nội dung số %1 đang ở trạng thái &quot;%2&quot;: không ai được sửa %3; chỉ sửa được bằng điều chỉnh chương trình</source>
        <translation>item %1 is &quot;%2&quot;: nobody may change %3; it can only change through an amendment of the program</translation>
    </message>
    <message>
        <source>%1 (%2) không được sửa nội dung ở trạng thái &quot;%3&quot;: chỉ %4 mới được</source>
        <translation>%1 (%2) may not edit an item that is &quot;%3&quot;: only %4 may</translation>
    </message>
    <message>
        <source>không ai được chuyển chương trình từ &quot;%1&quot; sang &quot;%2&quot;</source>
        <translation>nobody may move the program from &quot;%1&quot; to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>ban hành chương trình bằng lệnh signoff (cần số quyết định)</source>
        <translation>the program is issued with the signoff command (a decision number is needed)</translation>
    </message>
    <message>
        <source>%1 (%2) không được chuyển chương trình sang &quot;%3&quot;: chỉ %4 mới được</source>
        <translation>%1 (%2) may not move the program to &quot;%3&quot;: only %4 may</translation>
    </message>
    <message>
        <source>chương trình đang ở bước &quot;%1&quot;: chỉ ban hành được khi ở bước &quot;%2&quot;</source>
        <translation>the program is at step &quot;%1&quot;: it can only be issued at step &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 (%2) không được ký ban hành chương trình: chỉ %3 mới được</source>
        <translation>%1 (%2) may not sign off the program: only %3 may</translation>
    </message>
    <message>
        <source>hãy ghi số quyết định (--decision &quot;123/QĐ-UBND&quot;)</source>
        <translation>give the decision number (--decision &quot;123/QĐ-UBND&quot;)</translation>
    </message>
    <message>
        <source>nội dung số %1</source>
        <translation>item no. %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Ban hành theo quyết định %1</source>
        <translation>Issued under decision %1</translation>
    </message>
    <message>
        <source>Điều chỉnh lần %1 theo quyết định %2</source>
        <translation>Amendment no. %1 under decision %2</translation>
    </message>
    <message>
        <source>%1 (%2) không được gộp nội dung: chỉ %3 mới được</source>
        <translation>%1 (%2) may not merge items: only %3 may</translation>
    </message>
    <message>
        <source>cần ít nhất hai nội dung khác nhau để gộp</source>
        <translation>at least two different items are needed to merge</translation>
    </message>
    <message>
        <source>nội dung mã %1 thuộc chương trình khác; chỉ gộp được các nội dung của cùng một chương trình</source>
        <translation>item id %1 belongs to another program; only items of the same program can be merged</translation>
    </message>
    <message>
        <source>nội dung số %1 đang ở trạng thái &quot;%2&quot;: chỉ gộp được nội dung &quot;%3&quot; hoặc &quot;%4&quot;</source>
        <translation>item no. %1 has status &quot;%2&quot;: only &quot;%3&quot; or &quot;%4&quot; items can be merged</translation>
    </message>
    <message>
        <source>gộp từ các nội dung số %1</source>
        <translation>merged from items no. %1</translation>
    </message>
    <message>
        <source>gộp vào nội dung số %1 (mã %2)</source>
        <translation>merged into item no. %1 (id %2)</translation>
    </message>
    <message>
        <source>%1 (%2) không được chuyển nội dung sang năm mới: chỉ %3 mới được</source>
        <translation>%1 (%2) may not roll items over to the new year: only %3 may</translation>
    </message>
    <message>
        <source>năm mới (%1) phải sau năm %2</source>
        <translation>the new year (%1) must be after %2</translation>
    </message>
    <message>
        <source>chưa có chương trình năm %1</source>
        <translation>there is no program for %1</translation>
    </message>
    <message>
        <source>chương trình năm %1 đang ở bước &quot;%2&quot;: chỉ chuyển nội dung sang khi chương trình mới còn ở bước &quot;%3&quot;</source>
        <translation>the program %1 is at step &quot;%2&quot;: items can only be rolled over while the new program is still at step &quot;%3&quot;</translation>
    </message>
    <message>
        <source>các nội dung chưa hoàn thành của năm %1 đã được chuyển sang năm %2 rồi</source>
        <translation>the unfinished items of %1 have already been rolled over to %2</translation>
    </message>
    <message>
        <source>chuyển từ chương trình năm %1 (nội dung số %2, mã %3)</source>
        <translation>rolled over from the program %1 (item no. %2, id %3)</translation>
    </message>
    <message>
        <source>; thời hạn &quot;%1&quot; là một ngày cụ thể: cần xem lại</source>
        <translation>; the deadline &quot;%1&quot; is a specific date: needs review</translation>
    </message>
    <message>
        <source>hãy chọn đơn vị chủ trì của nội dung sau khi gộp</source>
        <translation>choose the lead unit of the merged item</translation>
    </message>
    <message>
        <source>nội dung số %1: chương trình đã ký ban hành, chỉ cập nhật được tiến độ thực hiện của các nội dung đã duyệt; muốn chuyển &quot;%2&quot; sang &quot;%3&quot;, Văn phòng mở điều chỉnh, bổ sung chương trình</source>
        <translation>item no. %1: the program has been signed off, only the implementation progress of approved items can be updated; to move it from &quot;%2&quot; to &quot;%3&quot;, the Office opens a program amendment</translation>
    </message>
    <message>
        <source>nội dung số %1: chương trình đã ký ban hành, mọi nội dung được giữ nguyên như khi ký (chỉ ghi chú được sửa); muốn sửa %2, Văn phòng mở điều chỉnh, bổ sung chương trình</source>
        <translation>item no. %1: the program has been signed off, all items stay as they were when signed (only notes can be edited); to edit %2, the Office opens a program amendment</translation>
    </message>
    <message>
        <source>%1 chỉ phụ trách một số đơn vị nên không ký ban hành cả chương trình được: chỉ lãnh đạo phụ trách toàn bộ, hoặc người ký ghi trong thông tin in báo cáo của chương trình, mới được ký</source>
        <translation>%1 is responsible for only some units and so cannot sign off the whole program: only a leader responsible for all units, or the signer named in the program&apos;s report details, may sign</translation>
    </message>
    <message>
        <source>chưa ban hành được: còn %1, chưa thể là một phần của chương trình ban hành; các nội dung này cần được duyệt, trả lại hoặc loại ra trước</source>
        <translation>cannot issue yet: there are still %1, which cannot be part of the issued program; these items must be approved, returned or excluded first</translation>
    </message>
    <message>
        <source>gộp nội dung</source>
        <translation>merge items</translation>
    </message>
    <message>
        <source> (%1, lúc %2)</source>
        <translation> (%1, at %2)</translation>
    </message>
    <message>
        <source>không đăng nhập</source>
        <translation>not logged in</translation>
    </message>
    <message>
        <source>chương trình năm %1 vừa được người khác chuyển sang bước &quot;%2&quot;%3; không có gì bị thay đổi, hãy tải lại</source>
        <translation>the %1 program has just been moved to step &quot;%2&quot; by someone else%3; nothing was changed, please reload</translation>
    </message>
    <message>
        <source>người dùng không đăng nhập</source>
        <translation>a user who was not logged in</translation>
    </message>
    <message>
        <source>%1 vừa được người khác sửa%2; hãy tải lại rồi sửa lại</source>
        <translation>%1 has just been changed by someone else%2; please reload and edit it again</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quản lý Chương trình công tác</source>
        <translation>Work Program Manager</translation>
    </message>
    <message>
        <source>ĐƯỜNG_DẪN</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>năm của chương trình</source>
        <translation>year of the work program</translation>
    </message>
    <message>
        <source>NĂM</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>ngày dùng để tính quá hạn (mặc định: hôm nay)</source>
        <translation>date used to determine overdue items (default: today)</translation>
    </message>
    <message>
        <source>NGÀY</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>lưu ảnh các màn hình vào thư mục rồi thoát</source>
        <translation>save screenshots of the windows to a folder, then quit</translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>tệp dùng cho ảnh trình nhập</source>
        <translation>file to use for the import wizard screenshots</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>tệp cơ sở dữ liệu, hoặc postgresql://TÊN@MÁY:CỔNG/CSDL</source>
        <translation>database file, or postgresql://NAME@HOST:PORT/DB</translation>
    </message>
</context>
<context>
    <name>storage::ItemService</name>
    <message>
        <source>nội dung số %1 vừa được người khác sửa; hãy tải lại rồi sửa lại</source>
        <translation>item no. %1 has just been changed by someone else; please reload and edit it again</translation>
    </message>
</context>
<context>
    <name>wp::ProgramStateInfo</name>
    <message>
        <source>Thu thập đề xuất</source>
        <translation>Collecting proposals</translation>
    </message>
    <message>
        <source>Tổng hợp dự thảo</source>
        <translation>Compiling the draft</translation>
    </message>
    <message>
        <source>Lãnh đạo xem xét</source>
        <translation>Leadership review</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Điều chỉnh trong năm</source>
        <translation>In-year adjustment</translation>
    </message>
</context>
<context>
    <name>wp::RoleInfo</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Văn phòng</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>wp::StatusInfo</name>
    <message>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Yêu cầu điều chỉnh</source>
        <translation>Returned for adjustment</translation>
    </message>
    <message>
        <source>Đưa vào dự thảo</source>
        <translation>In draft</translation>
    </message>
    <message>
        <source>Đã phê duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Không đưa vào chương trình</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Rút khỏi chương trình</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>wp::Workflow</name>
    <message>
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Cơ quan phối hợp</source>
        <translation>Co-operating units</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <source>Lãnh đạo phụ trách</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation>Task group</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Document form</translation>
    </message>
    <message>
        <source>Cấp trình</source>
        <translation>Submission level</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>wp::cli::Cli</name>
    <message>
        <source>tạo hoặc nâng cấp cơ sở dữ liệu</source>
        <translation>create or upgrade the database</translation>
    </message>
    <message>
        <source>tạo dữ liệu mẫu: 17 đơn vị của quận Nam Từ Liêm và chương trình 2023</source>
        <translation>create sample data: the 17 units of Nam Tu Liem district and the 2023 program</translation>
    </message>
    <message>
        <source>danh mục đơn vị: list | add | alias | set</source>
        <translation>unit list: list | add | alias | set</translation>
    </message>
    <message>
        <source>liệt kê các chương trình theo năm</source>
        <translation>list the work programs by year</translation>
    </message>
    <message>
        <source>nhập bảng chương trình công tác từ tệp .xlsx, .csv hoặc .json</source>
        <translation>import a work program table from an .xlsx, .csv or .json file</translation>
    </message>
    <message>
        <source>số nội dung theo đơn vị chủ trì và trạng thái</source>
        <translation>item counts by lead unit and status</translation>
    </message>
    <message>
        <source>liệt kê, lọc và tìm các nội dung công việc</source>
        <translation>list, filter and search work items</translation>
    </message>
    <message>
        <source>xuất chương trình ra tệp .xlsx, .csv hoặc .json</source>
        <translation>export a program to an .xlsx, .csv or .json file</translation>
    </message>
    <message>
        <source>in báo cáo ra PDF: tổng hợp theo đơn vị, phụ lục, tiến độ</source>
        <translation>print a report to PDF: unit summary, appendix, progress</translation>
    </message>
    <message>
        <source>sao lưu cơ sở dữ liệu (an toàn cả khi chương trình đang mở)</source>
        <translation>back up the database (safe even while the program is open)</translation>
    </message>
    <message>
        <source>khôi phục cơ sở dữ liệu từ tệp sao lưu</source>
        <translation>restore the database from a backup file</translation>
    </message>
    <message>
        <source>Quản lý Chương trình công tác — công cụ dòng lệnh</source>
        <translation>Work Program Manager — command-line tool</translation>
    </message>
    <message>
        <source>Cách dùng: workprogram-cli LỆNH [TÙY CHỌN]</source>
        <translation>Usage: workprogram-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Các lệnh:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Xem tùy chọn của một lệnh: workprogram-cli LỆNH --help</source>
        <translation>Options of a command: workprogram-cli COMMAND --help</translation>
    </message>
    <message>
        <source>workprogram-cli %1</source>
        <translation>workprogram-cli %1</translation>
    </message>
    <message>
        <source>tệp cơ sở dữ liệu (mặc định: %1)</source>
        <translation>database file (default: %1)</translation>
    </message>
    <message>
        <source>ĐƯỜNG_DẪN</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>hiện hướng dẫn này</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>Tùy chọn:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Tham số:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>thiếu tham số: workprogram-cli %1 %2</source>
        <translation>missing argument: workprogram-cli %1 %2</translation>
    </message>
    <message>
        <source>tham số thừa: %1</source>
        <translation>unexpected argument: %1</translation>
    </message>
    <message>
        <source>năm không hợp lệ: %1</source>
        <translation>invalid year: %1</translation>
    </message>
    <message>
        <source>hãy chọn năm của chương trình bằng --year</source>
        <translation>choose the program year with --year</translation>
    </message>
    <message>
        <source>chưa có chương trình năm %1 (cơ sở dữ liệu chưa có chương trình nào)</source>
        <translation>there is no program for %1 (the database has no programs yet)</translation>
    </message>
    <message>
        <source>chưa có chương trình năm %1 (có các năm: %2)</source>
        <translation>there is no program for %1 (available years: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; có thể là nhiều đơn vị; hãy ghi mã đơn vị</source>
        <translation>&quot;%1&quot; may refer to several units; give the unit code</translation>
    </message>
    <message>
        <source>không có đơn vị &quot;%1&quot; (xem: workprogram-cli units list)</source>
        <translation>no unit &quot;%1&quot; (see: workprogram-cli units list)</translation>
    </message>
    <message>
        <source>định dạng không hợp lệ: %1 (chọn: %2)</source>
        <translation>invalid format: %1 (choose: %2)</translation>
    </message>
    <message>
        <source>ngày không hợp lệ cho --%1: %2 (viết dd/MM/yyyy)</source>
        <translation>invalid date for --%1: %2 (write dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>lỗi: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>Xem: workprogram-cli %1 --help</source>
        <translation>See: workprogram-cli %1 --help</translation>
    </message>
    <message>
        <source>lỗi: không có lệnh &quot;%1&quot;</source>
        <translation>error: no command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 sẵn sàng (lược đồ phiên bản %2)</source>
        <translation>Database %1 is ready (schema version %2)</translation>
    </message>
    <message>
        <source>table | csv | json</source>
        <translation>table | csv | json</translation>
    </message>
    <message>
        <source>ĐỊNH_DẠNG</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tên chương trình</source>
        <translation>Program title</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>ngừng</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Tên khác</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>năm không hợp lệ cho --%1: %2</source>
        <translation>invalid year for --%1: %2</translation>
    </message>
    <message>
        <source>--order phải là số nguyên dương</source>
        <translation>--order must be a positive integer</translation>
    </message>
    <message>
        <source>tên đầy đủ của đơn vị</source>
        <translation>full name of the unit</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>tên ngắn dùng trong bảng</source>
        <translation>short name used in tables</translation>
    </message>
    <message>
        <source>tên khác (có thể lặp lại)</source>
        <translation>alias (may be repeated)</translation>
    </message>
    <message>
        <source>thứ tự hiển thị</source>
        <translation>display order</translation>
    </message>
    <message>
        <source>SỐ</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>năm đầu tiên đơn vị tồn tại</source>
        <translation>first year the unit exists</translation>
    </message>
    <message>
        <source>NĂM</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>năm cuối cùng đơn vị tồn tại</source>
        <translation>last year the unit exists</translation>
    </message>
    <message>
        <source>đánh dấu ngừng hoạt động</source>
        <translation>mark as inactive</translation>
    </message>
    <message>
        <source>đánh dấu đang hoạt động</source>
        <translation>mark as active</translation>
    </message>
    <message>
        <source>chỉ các đơn vị của năm này (list)</source>
        <translation>only the units of this year (list)</translation>
    </message>
    <message>
        <source>table | csv | json (list)</source>
        <translation>table | csv | json (list)</translation>
    </message>
    <message>
        <source>cách dùng: workprogram-cli units add MÃ --name &quot;TÊN ĐẦY ĐỦ&quot;</source>
        <translation>usage: workprogram-cli units add CODE --name &quot;FULL NAME&quot;</translation>
    </message>
    <message>
        <source>thiếu --name cho đơn vị %1</source>
        <translation>missing --name for unit %1</translation>
    </message>
    <message>
        <source>đã có đơn vị mã %1</source>
        <translation>a unit with code %1 already exists</translation>
    </message>
    <message>
        <source>Đã thêm đơn vị %1 — %2</source>
        <translation>Added unit %1 — %2</translation>
    </message>
    <message>
        <source>cách dùng: workprogram-cli units alias ĐƠN_VỊ TÊN_KHÁC</source>
        <translation>usage: workprogram-cli units alias UNIT ALIAS</translation>
    </message>
    <message>
        <source>cách dùng: workprogram-cli units set ĐƠN_VỊ [--name ...] [--short ...]</source>
        <translation>usage: workprogram-cli units set UNIT [--name ...] [--short ...]</translation>
    </message>
    <message>
        <source>Đã cập nhật đơn vị %1 — %2</source>
        <translation>Updated unit %1 — %2</translation>
    </message>
    <message>
        <source>không có lệnh units %1 (chọn: list, add, alias, set)</source>
        <translation>no units command %1 (choose: list, add, alias, set)</translation>
    </message>
    <message>
        <source>chỉ tạo danh mục 17 đơn vị, không tạo chương trình</source>
        <translation>only create the list of 17 units, no program</translation>
    </message>
    <message>
        <source>Danh mục đơn vị: đã thêm %1 đơn vị mẫu</source>
        <translation>Unit list: added %1 sample units</translation>
    </message>
    <message>
        <source>chương trình năm %1 đã có nội dung; không ghi đè bằng dữ liệu mẫu</source>
        <translation>the %1 program already has items; not overwriting it with sample data</translation>
    </message>
    <message>
        <source>Đã tạo chương trình mẫu năm %1 (dữ liệu mẫu, 535 nội dung)</source>
        <translation>Created the sample program for %1 (sample data, 535 items)</translation>
    </message>
    <message>
        <source>năm của chương trình</source>
        <translation>year of the work program</translation>
    </message>
    <message>
        <source>thêm các đơn vị chưa có trong danh mục</source>
        <translation>add units that are not yet in the unit list</translation>
    </message>
    <message>
        <source>chỉ kiểm tra, không ghi gì</source>
        <translation>check only, write nothing</translation>
    </message>
    <message>
        <source>bảng mã của tệp CSV không phải UTF-8, ví dụ WINDOWS-1258</source>
        <translation>encoding of a non-UTF-8 CSV file, e.g. WINDOWS-1258</translation>
    </message>
    <message>
        <source>BẢNG_MÃ</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>trạng thái của các dòng không ghi trạng thái (mặc định: proposed)</source>
        <translation>status for rows without a status (default: proposed)</translation>
    </message>
    <message>
        <source>TRẠNG_THÁI</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>hãy cho biết năm của chương trình bằng --year</source>
        <translation>give the program year with --year</translation>
    </message>
    <message>
        <source>không có tệp %1</source>
        <translation>file %1 does not exist</translation>
    </message>
    <message>
        <source>không hiểu trạng thái &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cảnh báo: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>... và %1 lỗi khác</source>
        <translation>... and %1 more errors</translation>
    </message>
    <message numerus="yes">
        <source>Không nhập gì: %n lỗi; cơ sở dữ liệu không thay đổi.</source>
        <translation>
            <numerusform>Nothing imported: %n error; the database is unchanged.</numerusform>
            <numerusform>Nothing imported: %n errors; the database is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiểm tra xong (không ghi): %1 nội dung hợp lệ cho chương trình năm %2</source>
        <translation>Check complete (nothing written): %1 valid items for the %2 program</translation>
    </message>
    <message>
        <source>Đã nhập %1 nội dung vào chương trình năm %2</source>
        <translation>Imported %1 items into the %2 program</translation>
    </message>
    <message>
        <source>Sẽ thêm đơn vị mới: %1</source>
        <translation>New units to be added: %1</translation>
    </message>
    <message>
        <source>Đã thêm đơn vị mới: %1</source>
        <translation>New units added: %1</translation>
    </message>
    <message>
        <source>unit | status | unit,status (mặc định: unit)</source>
        <translation>unit | status | unit,status (default: unit)</translation>
    </message>
    <message>
        <source>THEO</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>--by phải là unit, status hoặc unit,status</source>
        <translation>--by must be unit, status or unit,status</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>đơn vị chủ trì (mã, tên hoặc tên khác; có thể lặp lại)</source>
        <translation>lead unit (code, name or alias; may be repeated)</translation>
    </message>
    <message>
        <source>ĐƠN_VỊ</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>đơn vị phối hợp</source>
        <translation>co-operating unit</translation>
    </message>
    <message>
        <source>trạng thái (có thể lặp lại)</source>
        <translation>status (may be repeated)</translation>
    </message>
    <message>
        <source>CHỮ</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>hạn đến hết ngày (dd/MM/yyyy)</source>
        <translation>deadline up to and including this date (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>NGÀY</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>chỉ các nội dung quá hạn</source>
        <translation>only overdue items</translation>
    </message>
    <message>
        <source>tính quá hạn theo ngày này (mặc định: hôm nay)</source>
        <translation>determine overdue items as of this date (default: today)</translation>
    </message>
    <message>
        <source> (quá hạn)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>%1 nội dung</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>tệp xuất: .xlsx, .csv hoặc .json</source>
        <translation>output file: .xlsx, .csv or .json</translation>
    </message>
    <message>
        <source>thiếu --out TỆP</source>
        <translation>missing --out FILE</translation>
    </message>
    <message>
        <source>không biết ghi tệp &quot;%1&quot;: hãy dùng đuôi .xlsx, .csv hoặc .json</source>
        <translation>do not know how to write file &quot;%1&quot;: use the extension .xlsx, .csv or .json</translation>
    </message>
    <message>
        <source>Đã xuất %1 nội dung ra %2</source>
        <translation>Exported %1 items to %2</translation>
    </message>
    <message>
        <source>tệp sao lưu cần ghi</source>
        <translation>backup file to write</translation>
    </message>
    <message>
        <source>không có cơ sở dữ liệu %1</source>
        <translation>database %1 does not exist</translation>
    </message>
    <message>
        <source>Đã sao lưu %1 vào %2</source>
        <translation>Backed up %1 to %2</translation>
    </message>
    <message>
        <source>tệp sao lưu cần khôi phục</source>
        <translation>backup file to restore</translation>
    </message>
    <message>
        <source>thiếu --from TỆP</source>
        <translation>missing --from FILE</translation>
    </message>
    <message>
        <source>Đã khôi phục %1 từ %2</source>
        <translation>Restored %1 from %2</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 không có lỗi.</source>
        <translation>Database %1 has no errors.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 có lỗi; hãy khôi phục từ bản sao lưu (workprogram-cli restore).</source>
        <translation>Database %1 has errors; restore it from a backup (workprogram-cli restore).</translation>
    </message>
    <message>
        <source>unit-summary (tổng hợp theo đơn vị) | appendix (phụ lục chương trình) | progress (báo cáo tiến độ)</source>
        <translation>unit-summary (summary by unit) | appendix (program appendix) | progress (progress report)</translation>
    </message>
    <message>
        <source>LOẠI</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>chỉ các đơn vị chủ trì này (mã, tên hoặc tên khác; có thể lặp lại; mặc định: tất cả)</source>
        <translation>only these lead units (code, name or alias; may be repeated; default: all)</translation>
    </message>
    <message>
        <source>in từ một ảnh chụp của chương trình thay vì trạng thái hiện tại</source>
        <translation>print from a snapshot of the program instead of its current state</translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>progress: tính tiến độ đến ngày này (mặc định: hôm nay)</source>
        <translation>progress: compute progress up to this date (default: today)</translation>
    </message>
    <message>
        <source>appendix: nhóm theo unit | month | quarter (mặc định: unit)</source>
        <translation>appendix: group by unit | month | quarter (default: unit)</translation>
    </message>
    <message>
        <source>thiếu --kind unit-summary|appendix|progress</source>
        <translation>missing --kind unit-summary|appendix|progress</translation>
    </message>
    <message>
        <source>--group-by chỉ dùng với --kind appendix</source>
        <translation>--group-by is only used with --kind appendix</translation>
    </message>
    <message>
        <source>--as-of chỉ dùng với --kind progress</source>
        <translation>--as-of is only used with --kind progress</translation>
    </message>
    <message>
        <source>Đã ghi %1 (%2 trang) ra %3</source>
        <translation>Wrote %1 (%2 pages) to %3</translation>
    </message>
    <message>
        <source>kiểm tra tính toàn vẹn của cơ sở dữ liệu và chuỗi lịch sử</source>
        <translation>check the integrity of the database and the history chain</translation>
    </message>
    <message>
        <source>chuyển trạng thái một nội dung (--to, --as, --comment)</source>
        <translation>change an item&apos;s status (--to, --as, --comment)</translation>
    </message>
    <message>
        <source>ghi ý kiến vào một nội dung (--as, --text)</source>
        <translation>comment on an item (--as, --text)</translation>
    </message>
    <message>
        <source>chuyển bước của chương trình: drafting, review, amended (--as)</source>
        <translation>move the program&apos;s step: drafting, review, amended (--as)</translation>
    </message>
    <message>
        <source>lãnh đạo ký ban hành chương trình (--decision, --as)</source>
        <translation>a leader signs off the program (--decision, --as)</translation>
    </message>
    <message>
        <source>lịch sử của một nội dung: ai, khi nào, thay đổi gì</source>
        <translation>an item&apos;s history: who, when, what changed</translation>
    </message>
    <message>
        <source>Mã thoát: 0 thành công; 1 sai cú pháp; 2 dữ liệu đầu vào không hợp lệ; 3 lỗi cơ sở dữ liệu; 4 sai tên đăng nhập hoặc mật khẩu; 5 không có quyền theo quy trình</source>
        <translation>Exit codes: 0 success; 1 wrong usage; 2 invalid input; 3 database error; 4 wrong login or password; 5 refused by the workflow</translation>
    </message>
    <message>
        <source>Cách dùng: workprogram-cli %1 [tùy chọn] %2</source>
        <translation>Usage: workprogram-cli %1 [options] %2</translation>
    </message>
    <message>
        <source>bị từ chối: </source>
        <translation>refused: </translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>hãy cho biết ai làm việc này: --as TÊN_ĐĂNG_NHẬP</source>
        <translation>say who does this: --as LOGIN</translation>
    </message>
    <message>
        <source>Mật khẩu của %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>họ và tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>chức vụ</source>
        <translation>title</translation>
    </message>
    <message>
        <source>CHỨC_VỤ</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>unit | office | leader | admin</source>
        <translation>unit | office | leader | admin</translation>
    </message>
    <message>
        <source>VAI_TRÒ</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>đơn vị của cán bộ đơn vị; với lãnh đạo: các đơn vị phụ trách (có thể lặp lại)</source>
        <translation>the unit of unit staff; for leaders: the units they are responsible for (repeatable)</translation>
    </message>
    <message>
        <source>người quản trị thực hiện (mật khẩu từ WP_PASSWORD hoặc hỏi)</source>
        <translation>the administrator doing this (password from WP_PASSWORD or asked)</translation>
    </message>
    <message>
        <source>TÊN_ĐĂNG_NHẬP</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>table | json</source>
        <translation>table | json</translation>
    </message>
    <message>
        <source>thiếu tên đăng nhập: workprogram-cli users %1 LOGIN</source>
        <translation>missing login: workprogram-cli users %1 LOGIN</translation>
    </message>
    <message>
        <source>hãy chọn --role unit|office|leader|admin</source>
        <translation>choose --role unit|office|leader|admin</translation>
    </message>
    <message>
        <source>hãy ghi họ và tên: --name &quot;…&quot;</source>
        <translation>give the full name: --name &quot;…&quot;</translation>
    </message>
    <message>
        <source>cán bộ đơn vị cần đúng một --unit</source>
        <translation>unit staff need exactly one --unit</translation>
    </message>
    <message>
        <source>--unit chỉ dùng cho vai trò unit hoặc leader</source>
        <translation>--unit is only for the unit or leader role</translation>
    </message>
    <message>
        <source>Mật khẩu mới của %1: </source>
        <translation>New password of %1: </translation>
    </message>
    <message>
        <source>Đã thêm người dùng %1 (%2)</source>
        <translation>Added user %1 (%2)</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại của %1: </source>
        <translation>Current password of %1: </translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của %1</source>
        <translation>Changed the password of %1</translation>
    </message>
    <message>
        <source>người thực hiện (mật khẩu từ WP_PASSWORD hoặc hỏi)</source>
        <translation>the person doing this (password from WP_PASSWORD or asked)</translation>
    </message>
    <message>
        <source>không có nội dung mã %1 (xem mã ở cột id: workprogram-cli items --format json)</source>
        <translation>there is no item with id %1 (see the id column: workprogram-cli items --format json)</translation>
    </message>
    <message>
        <source>trạng thái mới: proposed, returned, in-draft, approved, rejected, in-progress, done, withdrawn</source>
        <translation>new status: proposed, returned, in-draft, approved, rejected, in-progress, done, withdrawn</translation>
    </message>
    <message>
        <source>lý do (bắt buộc khi trả lại, không đưa vào, rút)</source>
        <translation>reason (required to return, reject or withdraw)</translation>
    </message>
    <message>
        <source>LÝ_DO</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>hãy ghi trạng thái mới: --to TRẠNG_THÁI</source>
        <translation>give the new status: --to STATUS</translation>
    </message>
    <message>
        <source>không có trạng thái &quot;%1&quot;</source>
        <translation>there is no status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nội dung số %1: %2 → %3</source>
        <translation>Item %1: %2 → %3</translation>
    </message>
    <message>
        <source>nội dung ý kiến</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>VĂN_BẢN</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>hãy ghi ý kiến: --text &quot;…&quot;</source>
        <translation>give the comment: --text &quot;…&quot;</translation>
    </message>
    <message>
        <source>Đã ghi ý kiến của %1</source>
        <translation>Recorded the comment of %1</translation>
    </message>
    <message>
        <source>Nội dung này chưa có lịch sử.</source>
        <translation>This item has no history yet.</translation>
    </message>
    <message>
        <source>ý kiến: </source>
        <translation>comment: </translation>
    </message>
    <message>
        <source>sửa </source>
        <translation>edit </translation>
    </message>
    <message>
        <source>bước mới: collecting, drafting, review, amended</source>
        <translation>new step: collecting, drafting, review, amended</translation>
    </message>
    <message>
        <source>BƯỚC</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>hãy ghi bước mới: --to collecting|drafting|review|amended</source>
        <translation>give the new step: --to collecting|drafting|review|amended</translation>
    </message>
    <message>
        <source>Chương trình năm %1: %2 → %3</source>
        <translation>Program %1: %2 → %3</translation>
    </message>
    <message>
        <source>số quyết định ban hành: &quot;123/QĐ-UBND&quot;</source>
        <translation>number of the issuing decision: &quot;123/QĐ-UBND&quot;</translation>
    </message>
    <message>
        <source>Đã ban hành chương trình năm %1 (quyết định %2)</source>
        <translation>Issued the program %1 (decision %2)</translation>
    </message>
    <message>
        <source>sửa một hoặc nhiều nội dung theo quy trình (--set TRƯỜNG=GIÁ_TRỊ, --as)</source>
        <translation>edit one or more items through the workflow (--set FIELD=VALUE, --as)</translation>
    </message>
    <message>
        <source>Văn phòng gộp các nội dung trùng của nhiều đơn vị (--lead, --as)</source>
        <translation>the Office merges duplicate items of several units (--lead, --as)</translation>
    </message>
    <message>
        <source>mở chương trình năm mới với các nội dung chưa hoàn thành (--from, --to, --as)</source>
        <translation>open the new year&apos;s program with the unfinished items (--from, --to, --as)</translation>
    </message>
    <message>
        <source>các ảnh chụp của chương trình ghi ở mỗi bước (--year)</source>
        <translation>the snapshots of the program saved at each step (--year)</translation>
    </message>
    <message>
        <source>so sánh hai ảnh chụp, hoặc một ảnh chụp với hiện tại (--from, --to)</source>
        <translation>compare two snapshots, or a snapshot with the current state (--from, --to)</translation>
    </message>
    <message>
        <source>kiểm tra chuỗi lịch sử và mã băm của mọi ảnh chụp</source>
        <translation>verify the history chain and the hashes of all snapshots</translation>
    </message>
    <message>
        <source>--set cần dạng TRƯỜNG=GIÁ_TRỊ: &quot;%1&quot;</source>
        <translation>--set needs the form FIELD=VALUE: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>không có trường &quot;%1&quot; (sửa được: %2)</source>
        <translation>no field &quot;%1&quot; (editable: %2)</translation>
    </message>
    <message>
        <source>năm của chương trình (khi chọn nội dung bằng bộ lọc hoặc --all)</source>
        <translation>year of the program (when selecting items by filter or --all)</translation>
    </message>
    <message>
        <source>sửa mọi nội dung của chương trình</source>
        <translation>edit all items of the program</translation>
    </message>
    <message>
        <source>TRƯỜNG=GIÁ_TRỊ (có thể lặp lại); trường: content, lead, co-units (cách nhau bằng ;), deadline, leader, group, form, level, note</source>
        <translation>FIELD=VALUE (can be repeated); fields: content, lead, co-units (separated by ;), deadline, leader, group, form, level, note</translation>
    </message>
    <message>
        <source>TRƯỜNG=GIÁ_TRỊ</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>ý kiến ghi kèm vào lịch sử của mỗi nội dung được sửa</source>
        <translation>comment recorded in the history of each edited item</translation>
    </message>
    <message>
        <source>hãy chọn nội dung: mã nội dung (ITEM), --all hoặc bộ lọc như của lệnh items (--unit, --status, --search, …)</source>
        <translation>select the items: item id (ITEM), --all or filters as for the items command (--unit, --status, --search, …)</translation>
    </message>
    <message>
        <source>chọn nội dung bằng mã hoặc bằng --all/bộ lọc, không cả hai</source>
        <translation>select items by id or by --all/filters, not both</translation>
    </message>
    <message>
        <source>--all không đi cùng bộ lọc</source>
        <translation>--all cannot be combined with filters</translation>
    </message>
    <message>
        <source>hãy ghi người thực hiện: --as TÊN_ĐĂNG_NHẬP</source>
        <translation>say who does this: --as LOGIN</translation>
    </message>
    <message>
        <source>hãy ghi trường cần sửa: --set TRƯỜNG=GIÁ_TRỊ</source>
        <translation>give the field to edit: --set FIELD=VALUE</translation>
    </message>
    <message>
        <source>nội dung công việc không được để trống (content=)</source>
        <translation>the work item cannot be empty (content=)</translation>
    </message>
    <message>
        <source>không đọc được thời hạn &quot;%1&quot;</source>
        <translation>cannot read the deadline &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Đã sửa %1 nội dung</source>
        <translation>Edited %1 items</translation>
    </message>
    <message>
        <source>đơn vị chủ trì của nội dung sau khi gộp</source>
        <translation>lead unit of the merged item</translation>
    </message>
    <message>
        <source>nội dung công việc sau khi gộp (mặc định: của nội dung đầu tiên)</source>
        <translation>work item text after merging (default: that of the first item)</translation>
    </message>
    <message>
        <source>ghi chú vào lịch sử</source>
        <translation>note for the history</translation>
    </message>
    <message>
        <source>hãy chọn đơn vị chủ trì: --lead ĐƠN_VỊ</source>
        <translation>choose the lead unit: --lead UNIT</translation>
    </message>
    <message>
        <source>Đã gộp %1 nội dung thành nội dung số %2 (mã %3), chủ trì: %4</source>
        <translation>Merged %1 items into item no. %2 (id %3), lead: %4</translation>
    </message>
    <message>
        <source>không có ảnh chụp &quot;%1&quot; của chương trình năm %2 (xem: workprogram-cli snapshots --year %2)</source>
        <translation>no snapshot &quot;%1&quot; of the program %2 (see: workprogram-cli snapshots --year %2)</translation>
    </message>
    <message>
        <source>hãy ghi năm: --from NĂM --to NĂM</source>
        <translation>give the years: --from YEAR --to YEAR</translation>
    </message>
    <message>
        <source>năm của chương trình cũ</source>
        <translation>year of the old program</translation>
    </message>
    <message>
        <source>năm của chương trình mới</source>
        <translation>year of the new program</translation>
    </message>
    <message>
        <source>Chương trình năm %1 không có nội dung nào chưa hoàn thành; đã mở chương trình năm %2</source>
        <translation>The program %1 has no unfinished items; opened the program %2</translation>
    </message>
    <message>
        <source>Đã chuyển %1 nội dung chưa hoàn thành của năm %2 sang chương trình năm %3 (số %4 đến %5)</source>
        <translation>Rolled over %1 unfinished items of %2 to the program %3 (nos. %4 to %5)</translation>
    </message>
    <message>
        <source>%1 nội dung có thời hạn là ngày cụ thể của năm %2, cần xem lại:</source>
        <translation>%1 items have a deadline on a specific date in %2 and need review:</translation>
    </message>
    <message>
        <source>số</source>
        <translation>no.</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>item</translation>
    </message>
    <message>
        <source>chủ trì</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>phối hợp</source>
        <translation>co-units</translation>
    </message>
    <message>
        <source>thời gian</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>hạn</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>lãnh đạo phụ trách</source>
        <translation>responsible leader</translation>
    </message>
    <message>
        <source>nhóm</source>
        <translation>group</translation>
    </message>
    <message>
        <source>hình thức</source>
        <translation>form</translation>
    </message>
    <message>
        <source>cấp trình</source>
        <translation>level</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Chương trình năm %1 chưa có ảnh chụp nào (ảnh chụp được ghi ở mỗi bước của chương trình).</source>
        <translation>The program %1 has no snapshots yet (a snapshot is saved at each step of the program).</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người ghi</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>Mã băm</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source> (và %1 chỗ hỏng khác)</source>
        <translation> (and %1 other problems)</translation>
    </message>
    <message>
        <source>ảnh chụp trước (mã ở lệnh snapshots)</source>
        <translation>earlier snapshot (id from the snapshots command)</translation>
    </message>
    <message>
        <source>ẢNH_CHỤP</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>ảnh chụp sau, hoặc current: hiện tại (mặc định)</source>
        <translation>later snapshot, or current: the current state (default)</translation>
    </message>
    <message>
        <source>hãy chọn ảnh chụp để so sánh: --from ẢNH_CHỤP (xem: workprogram-cli snapshots)</source>
        <translation>choose a snapshot to compare: --from SNAPSHOT (see: workprogram-cli snapshots)</translation>
    </message>
    <message>
        <source>--from phải là một ảnh chụp; &quot;current&quot; chỉ dùng cho --to</source>
        <translation>--from must be a snapshot; &quot;current&quot; is only for --to</translation>
    </message>
    <message>
        <source>hiện tại</source>
        <translation>current</translation>
    </message>
    <message>
        <source>So sánh chương trình năm %1: ảnh chụp #%2 (%3) → %4</source>
        <translation>Comparing the program %1: snapshot #%2 (%3) → %4</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Bớt</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Gộp</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Gộp thành</source>
        <translation>Merge results</translation>
    </message>
    <message>
        <source>Chuyển đến</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Chuyển đi</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>%1 → %2: thêm %3, bớt %4, sửa %5, gộp %6</source>
        <translation>%1 → %2: %3 added, %4 removed, %5 changed, %6 merged</translation>
    </message>
    <message>
        <source> thành %1</source>
        <translation> into %1</translation>
    </message>
    <message>
        <source>Thêm (%1):</source>
        <translation>Added (%1):</translation>
    </message>
    <message>
        <source>Bớt (%1):</source>
        <translation>Removed (%1):</translation>
    </message>
    <message>
        <source>Gộp (%1):</source>
        <translation>Merged (%1):</translation>
    </message>
    <message>
        <source> → gộp vào nội dung mã %1</source>
        <translation> → merged into item id %1</translation>
    </message>
    <message>
        <source>Sửa (%1):</source>
        <translation>Changed (%1):</translation>
    </message>
    <message>
        <source>Đã ghi ảnh chụp #%1: %2 nội dung, mã băm %3</source>
        <translation>Saved snapshot #%1: %2 items, hash %3</translation>
    </message>
    <message>
        <source>tên ngắn của ảnh chụp ghi ở bước này</source>
        <translation>short name of the snapshot saved at this step</translation>
    </message>
    <message>
        <source>tên ngắn của ảnh chụp ghi khi ban hành</source>
        <translation>short name of the snapshot saved on issue</translation>
    </message>
    <message>
        <source>ok: %1 bản ghi lịch sử, %2 bước chương trình và %3 ảnh chụp khớp mã băm</source>
        <translation>ok: %1 history records, %2 program steps and %3 snapshots match their hashes</translation>
    </message>
    <message>
        <source>thêm (%1) </source>
        <translation>add (%1) </translation>
    </message>
    <message>
        <source>xóa (%1) </source>
        <translation>delete (%1) </translation>
    </message>
    <message>
        <source>người dùng: add | list | passwd | lock | unlock</source>
        <translation>users: add | list | passwd | lock | unlock</translation>
    </message>
    <message>
        <source>(đã khóa)</source>
        <translation>(locked)</translation>
    </message>
    <message>
        <source>Đã mở khóa tài khoản %1</source>
        <translation>Unlocked the account %1</translation>
    </message>
    <message>
        <source>Đã khóa tài khoản %1</source>
        <translation>Locked the account %1</translation>
    </message>
    <message>
        <source>không có thao tác &quot;%1&quot; (chọn: add, list, passwd, lock, unlock)</source>
        <translation>no action &quot;%1&quot; (choose: add, list, passwd, lock, unlock)</translation>
    </message>
    <message>
        <source>tìm theo từ (mọi từ, thứ tự nào cũng được; &quot;cụm từ&quot; trong ngoặc kép) trong nội dung, ghi chú, lãnh đạo phụ trách, nhóm nhiệm vụ và tên đơn vị, không phân biệt dấu</source>
        <translation>search by words (all the words, in any order; &quot;a phrase&quot; in double quotes) in items, notes, responsible leaders, task groups and unit names, ignoring diacritics</translation>
    </message>
    <message>
        <source>số nội dung ghi trong tệp của lần nhập cuối (tiêu đề mục, dòng tổng cộng) so với số đếm được</source>
        <translation>the item counts stated in the file of the last import (section headings, total rows) compared with the counted ones</translation>
    </message>
    <message>
        <source>--stated không dùng cùng --by</source>
        <translation>--stated cannot be used with --by</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu này đã có tài khoản: dữ liệu mẫu chỉ tạo được trong một cơ sở dữ liệu chưa có tài khoản (hãy dùng một tệp mới)</source>
        <translation>this database already has accounts: sample data can only be created in a database without accounts (use a new file)</translation>
    </message>
    <message>
        <source>đã có chương trình năm %1; không ghi đè bằng dữ liệu mẫu (hãy dùng một tệp mới)</source>
        <translation>the %1 program already exists; not overwriting it with sample data (use a new file)</translation>
    </message>
    <message>
        <source>một mã băm in trên giấy (cuối chuỗi lịch sử, hoặc của ảnh chụp ở chân trang bản in): kiểm tra nó có trong cơ sở dữ liệu</source>
        <translation>a hash printed on paper (the end of a history chain, or a snapshot hash from the footer of a printout): check that it is in the database</translation>
    </message>
    <message>
        <source>MÃ_BĂM</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>in thêm mã băm cuối của ba chuỗi lịch sử (để ghi lên giấy, đối chiếu về sau)</source>
        <translation>also print the final hashes of the three history chains (to write down on paper and compare later)</translation>
    </message>
    <message>
        <source>mã băm %1 không có trong cơ sở dữ liệu: bản in mang mã này không khớp với dữ liệu hiện có (hoặc lịch sử đã bị viết lại)</source>
        <translation>hash %1 is not in the database: the printout bearing this hash does not match the current data (or the history has been rewritten)</translation>
    </message>
    <message>
        <source>Mã băm %1 là của %2.</source>
        <translation>Hash %1 belongs to %2.</translation>
    </message>
    <message>
        <source>Mã băm cuối: nội dung %1, các bước %2, quản trị %3 (đã ghi vào %4)</source>
        <translation>Final hashes: items %1, steps %2, admin %3 (written to %4)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 đã có (lược đồ phiên bản %2): không thay đổi gì</source>
        <translation>Database %1 already exists (schema version %2): nothing changed</translation>
    </message>
    <message>
        <source>thêm đơn vị</source>
        <translation>add units</translation>
    </message>
    <message>
        <source>sửa danh mục đơn vị</source>
        <translation>edit the unit list</translation>
    </message>
    <message>
        <source>mật khẩu của %1 do quản trị đặt lại và chỉ dùng một lần: hãy chọn mật khẩu mới (biến WP_NEW_PASSWORD, hoặc chạy lệnh trên một cửa sổ dòng lệnh để được hỏi)</source>
        <translation>the password of %1 was reset by an administrator and can be used only once: choose a new password (variable WP_NEW_PASSWORD, or run the command in a terminal window to be asked)</translation>
    </message>
    <message>
        <source>mật khẩu mới phải khác mật khẩu quản trị đã đặt lại</source>
        <translation>the new password must differ from the one the administrator set</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của %1.</source>
        <translation>Changed the password of %1.</translation>
    </message>
    <message>
        <source>(mật khẩu đặt lại %1 bởi %2%3)</source>
        <translation>(password reset %1 by %2%3)</translation>
    </message>
    <message>
        <source>, chưa đổi</source>
        <translation>, not yet changed</translation>
    </message>
    <message>
        <source>mật khẩu của %1 chỉ dùng một lần: hãy đổi mật khẩu của chính mình trước</source>
        <translation>the password of %1 can be used only once: change your own password first</translation>
    </message>
    <message>
        <source>tệp để ghi: .pdf (bản in) hoặc .docx (văn bản Word để sửa trước khi ký)</source>
        <translation>file to write: .pdf (printout) or .docx (Word document to edit before signing)</translation>
    </message>
    <message>
        <source>thiếu --out TỆP.pdf hoặc --out TỆP.docx</source>
        <translation>missing --out FILE.pdf or --out FILE.docx</translation>
    </message>
    <message>
        <source>báo cáo chỉ ghi ra tệp .pdf hoặc .docx: %1</source>
        <translation>reports can only be written to .pdf or .docx files: %1</translation>
    </message>
    <message>
        <source>Đã ghi %1 ra %2</source>
        <translation>Wrote %1 to %2</translation>
    </message>
    <message>
        <source>không có tệp sao lưu %1</source>
        <translation>backup file %1 does not exist</translation>
    </message>
    <message>
        <source>khôi phục cơ sở dữ liệu</source>
        <translation>restore the database</translation>
    </message>
    <message>
        <source>tệp sao lưu %1 không đọc được: %2</source>
        <translation>backup file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Chưa có lần nhập nào được ghi lại cho chương trình năm %1.</source>
        <translation>No import has been recorded for the %1 program yet.</translation>
    </message>
    <message>
        <source>Lần nhập cuối của chương trình năm %1: %2, lúc %3, %4 nội dung</source>
        <translation>Last import of the %1 program: %2, at %3, %4 items</translation>
    </message>
    <message>
        <source>Tệp không ghi số nội dung nào (không có tiêu đề mục ghi số lượng, không có dòng tổng cộng).</source>
        <translation>The file states no item counts (no section headings with counts, no total row).</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Ghi trong tệp</source>
        <translation>Stated in file</translation>
    </message>
    <message>
        <source>Đếm được</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Chênh lệch</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Mọi số liệu ghi trong tệp khớp với số đếm được.</source>
        <translation>Every figure stated in the file matches the count.</translation>
    </message>
    <message numerus="yes">
        <source>%n số liệu ghi trong tệp khác số đếm được.</source>
        <translation>
            <numerusform>%n figure stated in the file differs from the count.</numerusform>
            <numerusform>%n figures stated in the file differ from the count.</numerusform>
        </translation>
    </message>
    <message>
        <source>--search &quot;%1&quot; không có từ nào để tìm; để sửa mọi nội dung hãy dùng --all</source>
        <translation>--search &quot;%1&quot; has no words to search for; to edit all items use --all</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu này chưa có tài khoản nào: bỏ --as, hoặc tạo tài khoản quản trị đầu tiên (workprogram-cli users add)</source>
        <translation>this database has no accounts yet: drop --as, or create the first administrator account (workprogram-cli users add)</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu này có tài khoản: hãy đăng nhập để %1 (--as TÊN_ĐĂNG_NHẬP, mật khẩu từ WP_PASSWORD hoặc hỏi)</source>
        <translation>this database has accounts: log in to %1 (--as LOGIN, password from WP_PASSWORD or prompted)</translation>
    </message>
    <message>
        <source>%1 (%2) không được %3: chỉ %4 mới được</source>
        <translation>%1 (%2) may not %3: only %4 may</translation>
    </message>
    <message>
        <source>dữ liệu ngoài bảng</source>
        <translation>data outside the table</translation>
    </message>
    <message>
        <source>cột không có tiêu đề</source>
        <translation>columns without a header</translation>
    </message>
    <message>
        <source>cột được chọn</source>
        <translation>column choice</translation>
    </message>
    <message>
        <source>cột bị ẩn</source>
        <translation>hidden columns</translation>
    </message>
    <message>
        <source>dòng bị ẩn</source>
        <translation>hidden rows</translation>
    </message>
    <message>
        <source>cơ quan phối hợp ghi thành cụm từ</source>
        <translation>co-operating units written as phrases</translation>
    </message>
    <message>
        <source>số liệu ghi trong tệp khác số đếm được</source>
        <translation>stated figures that differ from the count</translation>
    </message>
    <message>
        <source>đánh số lại</source>
        <translation>renumbering</translation>
    </message>
    <message>
        <source>trang tính được chọn</source>
        <translation>sheet choice</translation>
    </message>
    <message>
        <source>khác</source>
        <translation>other</translation>
    </message>
    <message>
        <source>cảnh báo: ... và %1 cảnh báo khác cùng loại (%2); tổng cộng %3</source>
        <translation>warning: ... and %1 more warnings of the same kind (%2); %3 in total</translation>
    </message>
    <message>
        <source>Số liệu ghi trong tệp: %1, khớp với số đếm được: %2, không khớp: %3</source>
        <translation>Figures stated in the file: %1, matching the count: %2, not matching: %3</translation>
    </message>
    <message>
        <source>dòng %1: ghi %2 nội dung, đếm được %3 (%4)</source>
        <translation>row %1: states %2 items, %3 counted (%4)</translation>
    </message>
    <message>
        <source>từ chối tệp khi số nội dung ghi trong tệp (tiêu đề mục, dòng tổng cộng) khác số đếm được</source>
        <translation>reject the file when the item counts stated in it (section headings, total rows) differ from the counted ones</translation>
    </message>
    <message>
        <source>bỏ qua các dòng bị ẩn trong tệp (mặc định: nhập cả dòng ẩn, có cảnh báo)</source>
        <translation>skip rows hidden in the file (default: hidden rows are imported too, with a warning)</translation>
    </message>
    <message>
        <source>tên trang tính (mặc định: trang đầu tiên có bảng)</source>
        <translation>sheet name (default: the first sheet with a table)</translation>
    </message>
    <message>
        <source>tệp Word: số thứ tự của bảng cần đọc (mặc định: bảng có các cột của chương trình)</source>
        <translation>Word file: the number of the table to read (default: the table with the program columns)</translation>
    </message>
    <message>
        <source>chữ gõ bằng bảng mã cũ: auto (nhận ra và chuyển sang Unicode), tcvn3, vni, none (không chuyển); mặc định: auto</source>
        <translation>text typed in a legacy encoding: auto (detect and convert to Unicode), tcvn3, vni, none (do not convert); default: auto</translation>
    </message>
    <message>
        <source>--table cần số thứ tự của một bảng (1, 2, …), không phải &quot;%1&quot;</source>
        <translation>--table needs the number of a table (1, 2, …), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>không hiểu --legacy-encoding &quot;%1&quot; (dùng auto, tcvn3, vni hoặc none)</source>
        <translation>unknown --legacy-encoding &quot;%1&quot; (use auto, tcvn3, vni or none)</translation>
    </message>
    <message>
        <source>nhập dữ liệu</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>--status %1: %2 chỉ nhập được nội dung ở các trạng thái %3; các trạng thái khác phải đi qua quy trình (duyệt, ký ban hành, báo cáo tiến độ)</source>
        <translation>--status %1: %2 can only import items with the statuses %3; other statuses must go through the workflow (review, sign-off, progress reports)</translation>
    </message>
    <message>
        <source>người nhập (chưa có tài khoản: theo quyền của Văn phòng)</source>
        <translation>the importer (no accounts yet: with the Office&apos;s permissions)</translation>
    </message>
    <message>
        <source>Không nhập gì; cơ sở dữ liệu không thay đổi.</source>
        <translation>Nothing imported; the database is unchanged.</translation>
    </message>
    <message>
        <source>Bảng đọc ở %1</source>
        <translation>Table read from %1</translation>
    </message>
    <message>
        <source>chuẩn bị cơ sở dữ liệu trên máy chủ PostgreSQL: lược đồ, nhóm quyền, quy tắc</source>
        <translation>prepare a database on a PostgreSQL server: schema, permission groups, rules</translation>
    </message>
    <message>
        <source>chép toàn bộ cơ sở dữ liệu giữa tệp và máy chủ (--from, --to; đích phải trống)</source>
        <translation>copy a whole database between a file and a server (--from, --to; the destination must be empty)</translation>
    </message>
    <message>
        <source>server-init cần một cơ sở dữ liệu trên máy chủ: --db postgresql://TÊN_ĐĂNG_NHẬP@MÁY:CỔNG/CƠ_SỞ_DỮ_LIỆU</source>
        <translation>server-init needs a database on a server: --db postgresql://LOGIN@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>không cài được các quy tắc trên máy chủ (tài khoản kết nối phải là chủ cơ sở dữ liệu và được tạo vai trò — CREATEROLE): %1</source>
        <translation>could not install the rules on the server (the connecting account must own the database and be allowed to create roles — CREATEROLE): %1</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 sẵn sàng trên máy chủ (lược đồ phiên bản %2); nhóm quyền: %3</source>
        <translation>Database %1 is ready on the server (schema version %2); permission groups: %3</translation>
    </message>
    <message>
        <source>Tiếp theo: workprogram-cli users add TÊN --role admin --name &quot;…&quot; --db %1</source>
        <translation>Next: workprogram-cli users add LOGIN --role admin --name &quot;…&quot; --db %1</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu nguồn: tệp hoặc postgresql://…</source>
        <translation>source database: a file or postgresql://…</translation>
    </message>
    <message>
        <source>CSDL</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đích, trống hoặc chưa có: tệp hoặc postgresql://…</source>
        <translation>destination database, empty or not yet existing: a file or postgresql://…</translation>
    </message>
    <message>
        <source>thiếu --from CSDL hoặc --to CSDL</source>
        <translation>missing --from DB or --to DB</translation>
    </message>
    <message>
        <source>Đã chép %1 sang %2 (%3 dòng)</source>
        <translation>Copied %1 to %2 (%3 rows)</translation>
    </message>
</context>
<context>
    <name>wp::io</name>
    <message>
        <source>tệp không phải UTF-8 (dòng %1); hãy lưu lại dưới dạng CSV UTF-8 hoặc dùng --encoding WINDOWS-1258</source>
        <translation>the file is not UTF-8 (line %1); save it again as CSV UTF-8 or use --encoding WINDOWS-1258</translation>
    </message>
    <message>
        <source>tệp có byte NUL ở dòng %1: có vẻ là tệp nhị phân, không phải văn bản CSV</source>
        <translation>the file has a NUL byte on line %1: it looks like a binary file, not CSV text</translation>
    </message>
    <message>
        <source>tệp có byte không hợp lệ trong bảng mã %1 (dòng %2)</source>
        <translation>the file has bytes that are invalid in encoding %1 (line %2)</translation>
    </message>
    <message>
        <source>tệp kết thúc giữa một ký tự của bảng mã %1 (dòng %2)</source>
        <translation>the file ends in the middle of a character in encoding %1 (line %2)</translation>
    </message>
    <message>
        <source>lỗi đọc tệp ở dòng %1: %2</source>
        <translation>error reading the file at line %1: %2</translation>
    </message>
    <message>
        <source>ô dài hơn %1 ký tự (%2); có thể thiếu dấu ngoặc kép đóng của ô bắt đầu ở dòng %3</source>
        <translation>cell longer than %1 characters (%2); the closing quote of the cell starting on line %3 may be missing</translation>
    </message>
    <message>
        <source>ô dài hơn %1 ký tự (%2)</source>
        <translation>cell longer than %1 characters (%2)</translation>
    </message>
    <message>
        <source>dòng có hơn %1 cột</source>
        <translation>row has more than %1 columns</translation>
    </message>
    <message>
        <source>tệp có quá nhiều dòng</source>
        <translation>the file has too many rows</translation>
    </message>
    <message>
        <source>dấu ngoặc kép mở ở dòng %1 không được đóng</source>
        <translation>the quote opened on line %1 is never closed</translation>
    </message>
    <message>
        <source>không mở được tệp: %1</source>
        <translation>could not open the file: %1</translation>
    </message>
    <message>
        <source>không hỗ trợ bảng mã &quot;%1&quot; (ví dụ bảng mã dùng được: WINDOWS-1258, UTF-16, UTF-8)</source>
        <translation>encoding &quot;%1&quot; is not supported (supported encodings include WINDOWS-1258, UTF-16, UTF-8)</translation>
    </message>
    <message>
        <source>không mở được tệp: %1 là một thư mục</source>
        <translation>could not open the file: %1 is a folder</translation>
    </message>
    <message>
        <source>tệp rỗng</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>tệp không phải tệp .xlsx hợp lệ (không có cấu trúc zip của tệp Excel)</source>
        <translation>the file is not a valid .xlsx file (it lacks the zip structure of an Excel file)</translation>
    </message>
    <message>
        <source>tệp .xlsx thiếu phần %1</source>
        <translation>the .xlsx file lacks part %1</translation>
    </message>
    <message>
        <source>trang tính quá lớn: %1 giải nén ra hơn %2</source>
        <translation>sheet too large: %1 unpacks to more than %2</translation>
    </message>
    <message>
        <source>tệp Excel quá lớn: phần %1 giải nén ra hơn %2</source>
        <translation>Excel file too large: part %1 unpacks to more than %2</translation>
    </message>
    <message>
        <source>tệp không phải là tệp Excel .xlsx hợp lệ (dữ liệu nén của %1 bị hỏng)</source>
        <translation>the file is not a valid Excel .xlsx file (the compressed data of %1 is corrupt)</translation>
    </message>
    <message>
        <source>XML trong %1 lồng quá sâu (hơn %2 cấp)</source>
        <translation>XML in %1 is nested too deeply (more than %2 levels)</translation>
    </message>
    <message>
        <source>tệp không phải là tệp Excel .xlsx hợp lệ (%1)</source>
        <translation>the file is not a valid Excel .xlsx file (%1)</translation>
    </message>
    <message>
        <source>không đọc được cấu trúc zip; tệp bị cắt cụt, hỏng hoặc không phải tệp zip</source>
        <translation>could not read the zip structure; the file is truncated, corrupt or not a zip file</translation>
    </message>
    <message>
        <source>tệp OpenDocument (.ods) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx</source>
        <translation>OpenDocument (.ods) files are not supported; save it again as .xlsx</translation>
    </message>
    <message>
        <source>thiếu %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>tệp .xlsx không có trang tính nào</source>
        <translation>the .xlsx file has no sheets</translation>
    </message>
    <message>
        <source>không có trang tính &quot;%1&quot;; tệp có các trang tính: %2</source>
        <translation>no sheet &quot;%1&quot;; the file has these sheets: %2</translation>
    </message>
    <message>
        <source>trang tính &quot;%1&quot; là biểu đồ, không có ô dữ liệu</source>
        <translation>sheet &quot;%1&quot; is a chart and has no data cells</translation>
    </message>
    <message>
        <source>thiếu phần %1 của trang tính &quot;%2&quot;</source>
        <translation>part %1 of sheet &quot;%2&quot; is missing</translation>
    </message>
    <message>
        <source>số dòng &quot;%1&quot; trong trang tính không hợp lệ (Excel có %2 dòng)</source>
        <translation>invalid row number &quot;%1&quot; in the sheet (Excel has %2 rows)</translation>
    </message>
    <message>
        <source>ô %1 nằm ngoài giới hạn %2 cột</source>
        <translation>cell %1 is beyond the %2-column limit</translation>
    </message>
    <message>
        <source>dòng có ô nằm ngoài giới hạn %1 cột</source>
        <translation>row has a cell beyond the %1-column limit</translation>
    </message>
    <message>
        <source>ô %1 tham chiếu chuỗi dùng chung số &quot;%2&quot; nhưng tệp chỉ có %3 chuỗi</source>
        <translation>cell %1 refers to shared string no. &quot;%2&quot; but the file has only %3 strings</translation>
    </message>
    <message>
        <source>tệp có hơn %1 chuỗi dùng chung (sharedStrings)</source>
        <translation>the file has more than %1 shared strings (sharedStrings)</translation>
    </message>
    <message>
        <source>tệp không phải là tài liệu Word .docx hợp lệ (%1)</source>
        <translation>the file is not a valid Word .docx document (%1)</translation>
    </message>
    <message>
        <source>tài liệu Word quá lớn: %1 giải nén ra hơn %2</source>
        <translation>Word document too large: %1 unpacks to more than %2</translation>
    </message>
    <message>
        <source>dữ liệu nén của %1 bị hỏng</source>
        <translation>the compressed data of %1 is corrupt</translation>
    </message>
    <message>
        <source>tài liệu Word có hơn %1 bảng</source>
        <translation>the Word document has more than %1 tables</translation>
    </message>
    <message>
        <source>tài liệu Word không có bảng nào</source>
        <translation>the Word document has no tables</translation>
    </message>
    <message numerus="yes">
        <source>bảng %1 (%n dòng: &quot;%2&quot;)</source>
        <translation>
            <numerusform>table %1 (%n row: &quot;%2&quot;)</numerusform>
            <numerusform>table %1 (%n rows: &quot;%2&quot;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tài liệu không có bảng %1; tài liệu có %n bảng: %2</source>
        <translation>
            <numerusform>the document has no table %1; the document has %n table: %2</numerusform>
            <numerusform>the document has no table %1; the document has %n tables: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>không bảng nào của tài liệu có dòng tiêu đề với các cột &quot;%1&quot; và &quot;%2&quot;; tài liệu có %n bảng: %3; chọn bảng bằng --table N</source>
        <translation>
            <numerusform>none of the tables in the document has a header row with the columns &quot;%1&quot; and &quot;%2&quot;; the document has %n table: %3; choose a table with --table N</numerusform>
            <numerusform>none of the tables in the document has a header row with the columns &quot;%1&quot; and &quot;%2&quot;; the document has %n tables: %3; choose a table with --table N</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cũng có các cột của chương trình)</source>
        <translation>%1 (also has the program columns)</translation>
    </message>
    <message>
        <source>tài liệu có %1 bảng; đã đọc bảng %2</source>
        <translation>the document has %1 tables; read table %2</translation>
    </message>
    <message>
        <source>tài liệu có %1 bảng; đã đọc bảng %2 và bảng %3 nối tiếp nó</source>
        <translation>the document has %1 tables; read table %2 and table %3, which continues it</translation>
    </message>
    <message>
        <source>; không đọc bảng %1 (chọn bảng khác bằng --table N)</source>
        <translation>; table %1 not read (choose another table with --table N)</translation>
    </message>
    <message numerus="yes">
        <source>bỏ qua %n dòng tiêu đề lặp lại (%1)</source>
        <translation>
            <numerusform>skipped %n repeated header row (%1)</numerusform>
            <numerusform>skipped %n repeated header rows (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>bảng %1, dòng %2</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <source>cột %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Bảng %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>tệp Excel 97-2003 (.xls) bị hỏng (cấu trúc OLE: %1)</source>
        <translation>the Excel 97-2003 (.xls) file is corrupt (OLE structure: %1)</translation>
    </message>
    <message>
        <source>tệp ngắn hơn phần đầu 512 byte</source>
        <translation>the file is shorter than the 512-byte header</translation>
    </message>
    <message>
        <source>kích thước sector không hợp lệ</source>
        <translation>invalid sector size</translation>
    </message>
    <message>
        <source>số sector FAT không hợp lệ</source>
        <translation>invalid number of FAT sectors</translation>
    </message>
    <message>
        <source>chuỗi DIFAT</source>
        <translation>DIFAT chain</translation>
    </message>
    <message>
        <source>sector FAT nằm ngoài tệp</source>
        <translation>FAT sector outside the file</translation>
    </message>
    <message>
        <source>thiếu mục gốc của thư mục</source>
        <translation>the root directory entry is missing</translation>
    </message>
    <message>
        <source>luồng dài hơn tệp</source>
        <translation>stream longer than the file</translation>
    </message>
    <message>
        <source>chuỗi sector</source>
        <translation>sector chain</translation>
    </message>
    <message>
        <source>sector nằm ngoài tệp</source>
        <translation>sector outside the file</translation>
    </message>
    <message>
        <source>luồng bị cắt cụt</source>
        <translation>truncated stream</translation>
    </message>
    <message>
        <source>tệp Office có đặt mật khẩu; hãy mở bằng mật khẩu, bỏ mật khẩu rồi lưu lại</source>
        <translation>the Office file is password-protected; open it with the password, remove the password and save it again</translation>
    </message>
    <message>
        <source>tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word hoặc LibreOffice và lưu lại dưới dạng .docx</source>
        <translation>Word 97-2003 (.doc) files cannot be read yet; open the file in Word or LibreOffice and save it as .docx</translation>
    </message>
    <message>
        <source>tệp PowerPoint không phải bảng công việc</source>
        <translation>a PowerPoint file is not a work table</translation>
    </message>
    <message>
        <source>tệp OLE không phải tệp Excel 97-2003 (.xls): không có luồng Workbook</source>
        <translation>the OLE file is not an Excel 97-2003 (.xls) file: it has no Workbook stream</translation>
    </message>
    <message>
        <source>tệp .xls lớn hơn %1; hãy lưu lại dưới dạng .xlsx</source>
        <translation>the .xls file is larger than %1; save it as .xlsx</translation>
    </message>
    <message>
        <source>tệp .xls có đặt mật khẩu; hãy mở bằng mật khẩu, bỏ mật khẩu rồi lưu lại</source>
        <translation>the .xls file is password-protected; open it with the password, remove the password and save it again</translation>
    </message>
    <message>
        <source>tệp .xls không có trang tính nào</source>
        <translation>the .xls file has no sheets</translation>
    </message>
    <message>
        <source>không đủ bộ nhớ để đọc tệp .xls</source>
        <translation>not enough memory to read the .xls file</translation>
    </message>
    <message>
        <source>tệp .xls bị hỏng (một ô tham chiếu chuỗi dùng chung không có trong tệp)</source>
        <translation>the .xls file is corrupt (a cell refers to a shared string that is not in the file)</translation>
    </message>
    <message>
        <source>tệp .xls bị hỏng (bảng chuỗi dùng chung không đọc được)</source>
        <translation>the .xls file is corrupt (the shared string table cannot be read)</translation>
    </message>
    <message>
        <source>tệp .xls có chữ không đọc được trong bảng mã của nó</source>
        <translation>the .xls file has text that cannot be read in its encoding</translation>
    </message>
    <message>
        <source>tệp .xls bị hỏng (thư viện freexl báo lỗi %1); hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx</source>
        <translation>the .xls file is corrupt (the freexl library reported error %1); open it in Excel or LibreOffice and save it as .xlsx</translation>
    </message>
    <message>
        <source>tài liệu Word không có trang tính; chọn bảng bằng --table N</source>
        <translation>a Word document has no sheets; choose a table with --table N</translation>
    </message>
    <message>
        <source>--table chỉ dùng cho bảng trong tài liệu Word; với bảng tính hãy chọn trang bằng --sheet</source>
        <translation>--table is only for tables in Word documents; for spreadsheets choose the sheet with --sheet</translation>
    </message>
    <message>
        <source>định dạng tệp không được hỗ trợ: cần bảng Excel (.xlsx, .xls), OpenDocument (.ods), Word (.docx) hoặc CSV</source>
        <translation>unsupported file format: an Excel sheet (.xlsx, .xls), OpenDocument (.ods), Word (.docx) or CSV file is needed</translation>
    </message>
    <message>
        <source>trang tính &quot;%1&quot;</source>
        <translation>sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tệp không có trang tính thứ %1</source>
        <translation>the file has no sheet number %1</translation>
    </message>
    <message>
        <source>không đủ bộ nhớ</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>sai cú pháp</source>
        <translation>syntax error</translation>
    </message>
    <message>
        <source>phần này rỗng hoặc bị cắt cụt</source>
        <translation>this part is empty or truncated</translation>
    </message>
    <message>
        <source>có ký tự không hợp lệ (byte không phải UTF-8 hoặc ký tự điều khiển)</source>
        <translation>invalid character (a non-UTF-8 byte or a control character)</translation>
    </message>
    <message>
        <source>dữ liệu bị cắt ngang giữa chừng</source>
        <translation>the data is cut off in the middle</translation>
    </message>
    <message>
        <source>thẻ đóng không khớp với thẻ mở</source>
        <translation>the closing tag does not match the opening tag</translation>
    </message>
    <message>
        <source>một thuộc tính được ghi hai lần</source>
        <translation>an attribute is written twice</translation>
    </message>
    <message>
        <source>có dữ liệu thừa sau phần tử gốc</source>
        <translation>extra data after the root element</translation>
    </message>
    <message>
        <source>có tham chiếu thực thể không xác định</source>
        <translation>reference to an undefined entity</translation>
    </message>
    <message>
        <source>đoạn CDATA không được đóng</source>
        <translation>unclosed CDATA section</translation>
    </message>
    <message>
        <source>bảng mã khai báo không đúng hoặc không được hỗ trợ</source>
        <translation>the declared encoding is wrong or not supported</translation>
    </message>
    <message>
        <source>khai báo &lt;?xml ?&gt; sai chỗ hoặc sai cú pháp</source>
        <translation>misplaced or malformed &lt;?xml ?&gt; declaration</translation>
    </message>
    <message>
        <source>tiền tố không gian tên chưa được khai báo</source>
        <translation>undeclared namespace prefix</translation>
    </message>
    <message>
        <source>lỗi XML</source>
        <translation>XML error</translation>
    </message>
    <message>
        <source>XML không hợp lệ trong phần %1 của tệp, ở dòng %2 của bảng (dòng %3 của XML): %4</source>
        <translation>invalid XML in part %1 of the file, at row %2 of the table (line %3 of the XML): %4</translation>
    </message>
    <message>
        <source>XML không hợp lệ trong phần %1 của tệp, sau dòng %2 của bảng (dòng %3 của XML): %4</source>
        <translation>invalid XML in part %1 of the file, after row %2 of the table (line %3 of the XML): %4</translation>
    </message>
    <message>
        <source>XML không hợp lệ trong phần %1 của tệp (dòng %2 của XML): %3</source>
        <translation>invalid XML in part %1 of the file (line %2 of the XML): %3</translation>
    </message>
    <message>
        <source>%1 có khai báo DOCTYPE mà tệp Office không bao giờ có; tệp bị từ chối vì có thể là tệp độc hại</source>
        <translation>%1 has a DOCTYPE declaration, which Office files never have; the file is rejected as it may be malicious</translation>
    </message>
    <message>
        <source>tệp là UTF-8: hãy nhập lại không có --encoding</source>
        <translation>the file is UTF-8: import it again without --encoding</translation>
    </message>
    <message>
        <source>tệp đã bị lưu lại sau khi mở sai bảng mã; hãy dùng tệp gốc, hoặc mở tệp CSV gốc trong Excel bằng Dữ liệu &gt; Từ Văn bản/CSV, chọn &quot;65001: Unicode (UTF-8)&quot; rồi lưu lại (--legacy-encoding none để nhập nguyên văn)</source>
        <translation>the file was saved again after being opened with the wrong encoding; use the original file, or open the original CSV file in Excel with Data &gt; From Text/CSV, choose &quot;65001: Unicode (UTF-8)&quot; and save it again (--legacy-encoding none to import the text as it is)</translation>
    </message>
    <message>
        <source>chữ bị lỗi bảng mã: &quot;%1&quot; là chữ UTF-8 bị đọc thành Windows-1252 (đúng ra là &quot;%2&quot;); %3</source>
        <translation>garbled text: &quot;%1&quot; is UTF-8 text read as Windows-1252 (it should be &quot;%2&quot;); %3</translation>
    </message>
    <message numerus="yes">
        <source>đã chuyển %n ô từ mã %1 sang Unicode, ví dụ &quot;%2&quot; thành &quot;%3&quot;</source>
        <translation>
            <numerusform>converted %n cell from %1 to Unicode, e.g. &quot;%2&quot; to &quot;%3&quot;</numerusform>
            <numerusform>converted %n cells from %1 to Unicode, e.g. &quot;%2&quot; to &quot;%3&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>tệp không phải là tệp OpenDocument .ods hợp lệ (%1)</source>
        <translation>the file is not a valid OpenDocument .ods file (%1)</translation>
    </message>
    <message>
        <source>tệp văn bản OpenDocument (.odt) chưa đọc được; hãy lưu lại dưới dạng Word .docx</source>
        <translation>OpenDocument text files (.odt) cannot be read yet; save the file as a Word .docx</translation>
    </message>
    <message>
        <source>loại tài liệu %1</source>
        <translation>document type %1</translation>
    </message>
    <message>
        <source>tệp .ods không có trang tính nào</source>
        <translation>the .ods file has no sheets</translation>
    </message>
    <message>
        <source>tệp .xls bị hỏng (%1)</source>
        <translation>the .xls file is corrupt (%1)</translation>
    </message>
    <message>
        <source>tệp OLE có luồng Workbook nhưng không phải bảng tính Excel 97-2003 (BIFF5/BIFF8)</source>
        <translation>the OLE file has a Workbook stream but is not an Excel 97-2003 spreadsheet (BIFF5/BIFF8)</translation>
    </message>
    <message>
        <source>phiên bản Excel quá cũ hoặc không rõ (BIFF %1); hãy mở bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng .xlsx</source>
        <translation>the Excel version is too old or unknown (BIFF %1); open the file in Excel or LibreOffice and save it as .xlsx</translation>
    </message>
    <message>
        <source>trang tính &quot;%1&quot; không bắt đầu ở vị trí đã ghi</source>
        <translation>sheet &quot;%1&quot; does not start at the recorded position</translation>
    </message>
    <message>
        <source>trang tính &quot;%1&quot; vượt quá %2 dòng × %3 cột của Excel 97-2003</source>
        <translation>sheet &quot;%1&quot; exceeds the %2 rows × %3 columns of Excel 97-2003</translation>
    </message>
    <message>
        <source>trang tính không bắt đầu ở vị trí đã ghi</source>
        <translation>the sheet does not start at the recorded position</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, phông .VnTime)</source>
        <translation>TCVN3 (ABC, .VnTime fonts)</translation>
    </message>
    <message>
        <source>VNI (phông VNI-Times)</source>
        <translation>VNI (VNI-Times fonts)</translation>
    </message>
    <message>
        <source>dòng được lặp lại %1 lần, quá %2 dòng của một trang tính</source>
        <translation>a row is repeated %1 times, more than the %2 rows of a sheet</translation>
    </message>
    <message>
        <source>ô dài hơn %1 ký tự</source>
        <translation>cell longer than %1 characters</translation>
    </message>
    <message>
        <source>không có trang tính số %1</source>
        <translation>there is no sheet number %1</translation>
    </message>
    <message>
        <source>mục thư mục số %1 ghi tên dài %2 byte, quá 64 byte</source>
        <translation>directory entry no. %1 has a name length of %2 bytes, more than 64 bytes</translation>
    </message>
    <message>
        <source>bản ghi định dạng số (FORMAT) ở byte %1 của luồng Workbook ghi chuỗi %2 ký tự, dài hơn chính bản ghi</source>
        <translation>the number format record (FORMAT) at byte %1 of the Workbook stream states a string of %2 characters, longer than the record itself</translation>
    </message>
</context>
<context>
    <name>wp::io::FieldInfo</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Cơ quan phối hợp</source>
        <translation>Co-operating units</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Lãnh đạo phụ trách</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation>Task group</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Document form</translation>
    </message>
    <message>
        <source>Cấp trình</source>
        <translation>Submission level</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>wp::io::JsonReader</name>
    <message>
        <source>không mở được tệp: %1</source>
        <translation>could not open the file: %1</translation>
    </message>
    <message>
        <source>tệp JSON quá lớn</source>
        <translation>the JSON file is too large</translation>
    </message>
    <message>
        <source>tệp JSON không hợp lệ: %1 (vị trí %2)</source>
        <translation>invalid JSON file: %1 (offset %2)</translation>
    </message>
    <message>
        <source>tệp JSON phải là một mảng các nội dung công việc hoặc có khóa &quot;items&quot;</source>
        <translation>the JSON file must be an array of work items or have an &quot;items&quot; key</translation>
    </message>
</context>
<context>
    <name>wp::io::Reconciler</name>
    <message>
        <source>ghi %1 nội dung, đếm được %2 (%3)</source>
        <translation>states %1 items, %2 counted (%3)</translation>
    </message>
    <message>
        <source>bỏ --strict để nhập mà chỉ cảnh báo</source>
        <translation>drop --strict to import with warnings only</translation>
    </message>
    <message>
        <source>nhập với --strict để từ chối tệp khi số liệu không khớp</source>
        <translation>import with --strict to reject the file when the figures do not match</translation>
    </message>
</context>
<context>
    <name>wp::io::RowInterpreter</name>
    <message>
        <source>&quot;%1&quot; có thể là nhiều đơn vị: %2; hãy ghi rõ tên</source>
        <translation>&quot;%1&quot; may refer to several units: %2; give the full name</translation>
    </message>
    <message>
        <source>dòng có dữ liệu ngoài bảng (cột %1 không có tiêu đề)</source>
        <translation>row has data outside the table (column %1 has no header)</translation>
    </message>
    <message>
        <source>thiếu nội dung công việc</source>
        <translation>work item is missing</translation>
    </message>
    <message>
        <source>thiếu cơ quan chủ trì</source>
        <translation>lead unit is missing</translation>
    </message>
    <message>
        <source>mỗi nội dung chỉ có một cơ quan chủ trì, ở đây có %1: %2; ghi các đơn vị còn lại vào cột cơ quan phối hợp</source>
        <translation>each item has only one lead unit, but here there are %1: %2; put the other units in the co-operating units column</translation>
    </message>
    <message>
        <source>không đọc được thời hạn &quot;%1&quot;; các cách viết được chấp nhận: %2</source>
        <translation>could not read deadline &quot;%1&quot;; accepted forms: %2</translation>
    </message>
    <message>
        <source>không hiểu trạng thái &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>dòng bị ẩn trong tệp: không nhập (các dòng ẩn được bỏ qua)</source>
        <translation>row hidden in the file: not imported (hidden rows are skipped)</translation>
    </message>
    <message>
        <source>dòng bị ẩn trong tệp: vẫn được nhập như các dòng khác</source>
        <translation>row hidden in the file: imported like the other rows</translation>
    </message>
    <message>
        <source>nhập với --skip-hidden-rows để bỏ qua các dòng ẩn</source>
        <translation>import with --skip-hidden-rows to skip hidden rows</translation>
    </message>
    <message>
        <source>cột %1 có dữ liệu nhưng không có tiêu đề: cột này không được nhập</source>
        <translation>column %1 has data but no header: this column is not imported</translation>
    </message>
    <message>
        <source> hay </source>
        <translation> or </translation>
    </message>
    <message>
        <source>có phải %1 không?</source>
        <translation>did you mean %1?</translation>
    </message>
    <message>
        <source>không có đơn vị &quot;%1&quot; trong danh mục đơn vị</source>
        <translation>there is no unit &quot;%1&quot; in the unit list</translation>
    </message>
    <message>
        <source>thêm bằng lệnh &quot;units add&quot; hoặc nhập với --create-units</source>
        <translation>add it with the &quot;units add&quot; command or import with --create-units</translation>
    </message>
    <message>
        <source>không có đơn vị &quot;%1&quot; trong danh mục đơn vị; %2</source>
        <translation>there is no unit &quot;%1&quot; in the unit list; %2</translation>
    </message>
    <message>
        <source>nếu đúng, thêm tên này cho đơn vị đó bằng lệnh &quot;units alias&quot;</source>
        <translation>if so, add this name to that unit with the &quot;units alias&quot; command</translation>
    </message>
    <message>
        <source>đây là một con số, không phải tên đơn vị</source>
        <translation>this is a number, not a unit name</translation>
    </message>
    <message>
        <source>đây là một ngày tháng, không phải tên đơn vị</source>
        <translation>this is a date, not a unit name</translation>
    </message>
    <message>
        <source>đây là một từ chung, không phải tên một đơn vị (có thể là phần còn lại của một cụm bị tách ở dấu phẩy)</source>
        <translation>this is a general word, not the name of a unit (it may be the rest of a phrase split at a comma)</translation>
    </message>
    <message>
        <source>đây là một cụm chỉ nhiều đơn vị, không phải tên một đơn vị</source>
        <translation>this is a phrase referring to several units, not the name of one unit</translation>
    </message>
    <message>
        <source>không tạo đơn vị mới từ &quot;%1&quot;: %2</source>
        <translation>no new unit created from &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>không tạo đơn vị mới &quot;%1&quot;: %2</source>
        <translation>new unit &quot;%1&quot; not created: %2</translation>
    </message>
    <message>
        <source>nếu đúng, ghi tên như trong danh mục hoặc thêm tên này bằng lệnh &quot;units alias&quot;; nếu thật là đơn vị mới, thêm bằng lệnh &quot;units add&quot;</source>
        <translation>if so, write the name as in the unit list or add this name with the &quot;units alias&quot; command; if it really is a new unit, add it with the &quot;units add&quot; command</translation>
    </message>
    <message>
        <source>&quot;%1&quot; không phải tên một đơn vị: cơ quan chủ trì phải là một đơn vị trong danh mục; ghi các đơn vị khác vào cột cơ quan phối hợp</source>
        <translation>&quot;%1&quot; is not the name of a unit: the lead unit must be a unit in the unit list; put other units in the co-operating units column</translation>
    </message>
    <message>
        <source>&quot;%1&quot; không phải tên một đơn vị trong danh mục: giữ nguyên làm chữ ở cột cơ quan phối hợp</source>
        <translation>&quot;%1&quot; is not the name of a unit in the unit list: kept as text in the co-operating units column</translation>
    </message>
    <message>
        <source>sửa tên trong tệp, hoặc đánh dấu &quot;Tạo đơn vị mới khi nhập&quot; ở trang đầu</source>
        <translation>correct the name in the file, or tick &quot;Create new units when importing&quot; on the first page</translation>
    </message>
    <message>
        <source>nếu đúng, ghi tên như trong danh mục</source>
        <translation>if so, write the name as in the unit list</translation>
    </message>
</context>
<context>
    <name>wp::io::TableFinder</name>
    <message>
        <source>tiêu đề &quot;%1&quot; (cột %2) trải trên hai cột %2 và %3 có dữ liệu mà không có dòng tiêu đề thứ hai: lấy cột %3 (cột sau, như &quot;Kết thúc&quot;) làm thời hạn; cột %2 (như &quot;Bắt đầu&quot;) không được nhập</source>
        <translation>the header &quot;%1&quot; (column %2) spans the two columns %2 and %3, which both have data, but there is no second header row: column %3 (the later one, such as &quot;Kết thúc&quot; (End)) is taken as the deadline; column %2 (such as &quot;Bắt đầu&quot; (Start)) is not imported</translation>
    </message>
    <message>
        <source>%1 không có dòng tiêu đề của bảng; đã đọc bảng ở %2</source>
        <translation>%1 has no table header row; read the table in %2</translation>
    </message>
    <message>
        <source>%1 không có dòng tiêu đề của bảng; các trang tính có bảng: %2: hãy chọn một</source>
        <translation>%1 has no table header row; the sheets with tables are %2: choose one</translation>
    </message>
    <message>
        <source>chọn bằng --sheet TÊN</source>
        <translation>choose one with --sheet NAME</translation>
    </message>
    <message>
        <source>các trang tính khác (%1) cũng không có bảng</source>
        <translation>the other sheets (%1) have no table either</translation>
    </message>
    <message>
        <source>tệp còn có các trang tính %1</source>
        <translation>the file also has the sheets %1</translation>
    </message>
    <message>
        <source> ở %1; %2</source>
        <translation> in %1; %2</translation>
    </message>
    <message>
        <source>thiếu cột bắt buộc %1 trong dòng tiêu đề</source>
        <translation>required column %1 is missing from the header row</translation>
    </message>
    <message>
        <source> và </source>
        <translation> and </translation>
    </message>
    <message>
        <source>tệp không có dữ liệu</source>
        <translation>the file contains no data</translation>
    </message>
    <message>
        <source>%1 không có dữ liệu; %2</source>
        <translation>%1 has no data; %2</translation>
    </message>
    <message>
        <source>không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột &quot;%1&quot; và &quot;%2&quot;)</source>
        <translation>could not find the table header row (at least the columns &quot;%1&quot; and &quot;%2&quot; are needed)</translation>
    </message>
    <message>
        <source>chọn trang tính khác bằng --sheet TÊN</source>
        <translation>choose another sheet with --sheet NAME</translation>
    </message>
    <message>
        <source>bảng không có cột &quot;%1&quot;: đơn vị chủ trì của mỗi nội dung là đơn vị ghi ở dòng tiêu đề mục đứng trên nó (như &quot;%2&quot; ở dòng %3)</source>
        <translation>the table has no &quot;%1&quot; column: the lead unit of each item is the unit named in the section heading row above it (such as &quot;%2&quot; in row %3)</translation>
    </message>
</context>
<context>
    <name>wp::reports::Appendix</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Số nội dung</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Phụ lục — %1</source>
        <translation>Appendix — %1</translation>
    </message>
    <message>
        <source>Phụ lục — Chương trình công tác năm %1 — %2</source>
        <translation>Appendix — Work Program for %1 — %2</translation>
    </message>
    <message>
        <source>(Kèm theo Quyết định số          /QĐ-%1 ngày       tháng       năm %2 của %3)</source>
        <translation>(Attached to Decision No.          /QĐ-%1 dated       /       /%2 of %3)</translation>
    </message>
    <message>
        <source>……</source>
        <translation>……</translation>
    </message>
    <message>
        <source>PHỤ LỤC</source>
        <translation>APPENDIX</translation>
    </message>
    <message>
        <source>TỔNG HỢP SỐ NỘI DUNG THEO ĐƠN VỊ CHỦ TRÌ</source>
        <translation>SUMMARY OF ITEMS BY LEAD UNIT</translation>
    </message>
    <message>
        <source>%1 (%2 nội dung)</source>
        <translation>%1 (%2 items)</translation>
    </message>
    <message>
        <source>Thường xuyên, định kỳ, không có thời hạn cụ thể</source>
        <translation>Ongoing, periodic, no specific deadline</translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
</context>
<context>
    <name>wp::reports::CountRows</name>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>wp::reports::DocxPackage</name>
    <message>
        <source>không tạo được tệp nén</source>
        <translation>could not create the zip archive</translation>
    </message>
    <message>
        <source>không ghi được phần %1 của tệp</source>
        <translation>could not write part %1 of the file</translation>
    </message>
    <message>
        <source>không ghi được tệp</source>
        <translation>could not write the file</translation>
    </message>
</context>
<context>
    <name>wp::reports::HeaderBlock</name>
    <message>
        <source>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</source>
        <translation>SOCIALIST REPUBLIC OF VIETNAM</translation>
    </message>
    <message>
        <source>Độc lập - Tự do - Hạnh phúc</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
</context>
<context>
    <name>wp::reports::ItemRows</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung công việc</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Cơ quan phối hợp</source>
        <translation>Co-operating units</translation>
    </message>
    <message>
        <source>Cấp trình</source>
        <translation>Submission level</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Lãnh đạo phụ trách</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số ngày quá hạn</source>
        <translation>Days overdue</translation>
    </message>
</context>
<context>
    <name>wp::reports::Progress</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Chưa hoàn thành, còn trong hạn</source>
        <translation>Not done, not yet due</translation>
    </message>
    <message>
        <source>Chưa hoàn thành, đã quá hạn</source>
        <translation>Not done, overdue</translation>
    </message>
    <message>
        <source>Tỷ lệ hoàn thành (%)</source>
        <translation>Completion rate (%)</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ thực hiện Chương trình công tác năm %1</source>
        <translation>Progress Report on the Work Program for %1</translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1 — Tiến độ đến ngày %2 — %3</source>
        <translation>Work Program for %1 — Progress as of %2 — %3</translation>
    </message>
    <message>
        <source>BÁO CÁO</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <source>Tiến độ thực hiện Chương trình công tác năm %1</source>
        <translation>Progress in implementing the Work Program for %1</translation>
    </message>
    <message>
        <source>(Tính đến ngày %1)</source>
        <translation>(As of %1)</translation>
    </message>
    <message>
        <source>I. KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ</source>
        <translation>I. RESULTS BY UNIT</translation>
    </message>
    <message>
        <source>II. CÁC NỘI DUNG CHƯA HOÀN THÀNH, ĐÃ QUÁ HẠN (%1 nội dung)</source>
        <translation>II. ITEMS NOT DONE AND OVERDUE (%1 items)</translation>
    </message>
    <message>
        <source>Không có nội dung nào chưa hoàn thành đã quá hạn.</source>
        <translation>No items are overdue and not done.</translation>
    </message>
    <message>
        <source>Tính đến ngày %1, Chương trình công tác năm %2 có %3 nội dung; đã hoàn thành %4 nội dung (đúng hạn %5, quá hạn %6), đạt %7%; chưa hoàn thành %8 nội dung, trong đó %9 nội dung đã quá hạn.</source>
        <translation>As of %1, the Work Program for %2 has %3 items; %4 items are done (%5 on time, %6 late), a completion rate of %7%; %8 items are not yet done, of which %9 are overdue.</translation>
    </message>
    <message>
        <source>Ghi chú: Tỷ lệ hoàn thành = số nội dung đã hoàn thành / tổng số nội dung. Nội dung hoàn thành được tính là quá hạn khi đã có trong chương trình trước thời hạn và được cập nhật lần cuối sau thời hạn.</source>
        <translation>Note: Completion rate = items done / total items. A done item counts as late if it was in the program before its deadline and was last updated after the deadline.</translation>
    </message>
    <message>
        <source>Không tính %1 nội dung đã rút khỏi chương trình hoặc không được chấp thuận.</source>
        <translation>Excludes %1 items withdrawn from the program or not accepted.</translation>
    </message>
    <message>
        <source>Biểu đồ tỷ lệ hoàn thành theo đơn vị chủ trì (%)</source>
        <translation>Completion rate per lead unit (%)</translation>
    </message>
</context>
<context>
    <name>wp::reports::ProgressRows</name>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>wp::reports::ReportData</name>
    <message>
        <source>Đơn vị #%1</source>
        <translation>Unit #%1</translation>
    </message>
</context>
<context>
    <name>wp::reports::ReportSection</name>
    <message>
        <source>SHA-256 của ảnh chụp: %1</source>
        <translation>Snapshot SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>wp::reports::SignatureBlock</name>
    <message>
        <source>Lưu</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Lưu: VT.</source>
        <translation>Archived: Records.</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
</context>
<context>
    <name>wp::reports::UnitSummary</name>
    <message>
        <source>Danh mục nội dung công việc theo đơn vị năm %1</source>
        <translation>Work Items by Unit, %1</translation>
    </message>
    <message>
        <source>Chương trình công tác năm %1 — %2 — %3</source>
        <translation>Work Program for %1 — %2 — %3</translation>
    </message>
    <message>
        <source>DANH MỤC NỘI DUNG CÔNG VIỆC NĂM %1</source>
        <translation>LIST OF WORK ITEMS FOR %1</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì: %1</source>
        <translation>Lead unit: %1</translation>
    </message>
    <message>
        <source>Theo %1</source>
        <translation>Under the %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tổng số: %1 nội dung.</source>
        <translation>Total: %1 items.</translation>
    </message>
    <message>
        <source>Tổng số: %1 nội dung, trong đó: %2.</source>
        <translation>Total: %1 items, of which: %2.</translation>
    </message>
</context>
<context>
    <name>wp::storage</name>
    <message>
        <source>cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương trình (lược đồ %1); hãy cập nhật chương trình</source>
        <translation>the database was created by a newer version of the program (schema %1); please update the program</translation>
    </message>
    <message>
        <source>tệp này là một cơ sở dữ liệu SQLite khác, không phải của chương trình công tác</source>
        <translation>this file is some other SQLite database, not a Work Program Manager database</translation>
    </message>
    <message>
        <source>lỗi cơ sở dữ liệu: %1 (%2)</source>
        <translation>database error: %1 (%2)</translation>
    </message>
    <message>
        <source>không khởi tạo được thư viện mật mã libsodium</source>
        <translation>could not initialise the libsodium cryptography library</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đang bận: một chương trình khác đang ghi vào đó lâu hơn thời gian chờ; hãy thử lại sau ít phút</source>
        <translation>the database is busy: another program has been writing to it for longer than the wait time; try again in a few minutes</translation>
    </message>
    <message>
        <source>ổ đĩa đầy: không ghi được; hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại (dữ liệu đã có vẫn nguyên vẹn)</source>
        <translation>the disk is full: nothing could be written; free some space on the disk and try again (existing data is intact)</translation>
    </message>
    <message>
        <source>không có quyền ghi vào tệp cơ sở dữ liệu hoặc thư mục chứa nó (tệp chỉ đọc); dữ liệu đã có vẫn nguyên vẹn</source>
        <translation>no write permission for the database file or the folder containing it (the file is read-only); existing data is intact</translation>
    </message>
    <message>
        <source>không mở được tệp cơ sở dữ liệu: thư mục không tồn tại, hoặc không có quyền đọc ghi tệp hay thư mục</source>
        <translation>could not open the database file: the folder does not exist, or there is no permission to read and write the file or folder</translation>
    </message>
    <message>
        <source>lỗi đọc ghi ổ đĩa</source>
        <translation>disk read/write error</translation>
    </message>
    <message>
        <source>chương trình năm %1 đã ký ban hành: không %2 được cho đến khi Văn phòng mở điều chỉnh, bổ sung chương trình</source>
        <translation>the %1 program has been signed off: cannot %2 until the Office opens a program amendment</translation>
    </message>
    <message>
        <source>server-init chỉ dùng cho cơ sở dữ liệu trên máy chủ PostgreSQL (--db postgresql://…)</source>
        <translation>server-init is only for a database on a PostgreSQL server (--db postgresql://…)</translation>
    </message>
    <message>
        <source>mất kết nối với máy chủ cơ sở dữ liệu; thay đổi chưa lưu chưa được ghi, hãy thử lại khi có kết nối</source>
        <translation>the connection to the database server was lost; unsaved changes have not been written, try again when connected</translation>
    </message>
    <message>
        <source>địa chỉ máy chủ không hợp lệ (%1); viết postgresql://TÊN_ĐĂNG_NHẬP@MÁY:CỔNG/CƠ_SỞ_DỮ_LIỆU</source>
        <translation>invalid server address (%1); write postgresql://LOGIN@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>không đọc được địa chỉ</source>
        <translation>the address cannot be read</translation>
    </message>
    <message>
        <source>thiếu tên máy chủ</source>
        <translation>the server name is missing</translation>
    </message>
    <message>
        <source>thiếu tên cơ sở dữ liệu</source>
        <translation>the database name is missing</translation>
    </message>
    <message>
        <source>thiếu trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql)</source>
        <translation>the Qt PostgreSQL driver is missing (package libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>không kết nối được máy chủ %1: %2</source>
        <translation>could not connect to server %1: %2</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu %1 trên máy chủ có dữ liệu của một chương trình khác; không có gì bị thay đổi</source>
        <translation>database %1 on the server holds data of another program; nothing was changed</translation>
    </message>
    <message>
        <source>không tạo được chỉ mục tìm kiếm (phần mở rộng pg_trgm của PostgreSQL: cần quyền chủ cơ sở dữ liệu hoặc gói postgresql-contrib); tìm kiếm vẫn đúng nhưng chậm hơn trên nhiều việc</source>
        <translation>could not create the search index (PostgreSQL&apos;s pg_trgm extension: it needs the database owner&apos;s rights or the postgresql-contrib package); searches are still correct but slower on many items</translation>
    </message>
</context>
<context>
    <name>wp::storage::HistoryWriter</name>
    <message>
        <source>thêm nội dung số %1</source>
        <translation>added item no. %1</translation>
    </message>
</context>
<context>
    <name>wp::storage::ReportSettings</name>
    <message>
        <source>KT. CHỦ TỊCH</source>
        <translation>P.P. CHAIRMAN</translation>
    </message>
    <message>
        <source>PHÓ CHỦ TỊCH</source>
        <translation>VICE CHAIRMAN</translation>
    </message>
    <message>
        <source>Chủ tịch, các Phó Chủ tịch;</source>
        <translation>Chairman and Vice Chairmen;</translation>
    </message>
    <message>
        <source>Các cơ quan, đơn vị có tên tại báo cáo;</source>
        <translation>Agencies and units named in the report;</translation>
    </message>
    <message>
        <source>Lưu: VT.</source>
        <translation>Archived: Records.</translation>
    </message>
</context>
</TS>
