import TraCuuTestSupport

/// Real Vietnamese text for tests: sentences from the seed article (ours) and short
/// excerpts from Wikipedia (CC BY-SA 3.0) and Debian's Vietnamese documentation
/// (LibreOffice help: MPL-2.0; manpages-vi: GPL-3+; maint-guide: GPL-2.0+), as found in
/// the project's shared corpus (`wiki_vi`, `debian_vi_docs`). No news text: it is not ours
/// to redistribute.
///
/// `folded` was computed apart from TraCuu (case folding, NFD, nonspacing marks removed,
/// đ → d, NFC, then a lone final y after h k l m t s v n qu read as i) and read by eye.
struct RealTextSample: Sendable, CustomStringConvertible {
    /// Where the text comes from, such as `wiki_vi viwiki:baht`.
    let source: String
    let text: String
    /// The text normalized at the folded level.
    let folded: String

    var description: String { source }
}

enum RealText {
    static let samples: [RealTextSample] = [
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Ở một tổ chức đảng liên tục hoàn thành xuất sắc nhiệm vụ\n",
            folded: "o mot to chuc dang lien tuc hoan thanh xuat sac nhiem vu\n"
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Quỳnh Mai 10:45, 17/01/2023",
            folded: "quynh mai 10:45, 17/01/2023"
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Nhiều năm qua, Đảng bộ phường Mỏ Chè (TP. Sông Công) liên tục đạt trong sạch, vững mạnh. Đảng bộ là 1 trong số 3 tổ chức cơ sở đảng đạt tiêu chuẩn \"Hoàn thành xuất sắc nhiệm vụ” tiêu biểu 5 năm liền (2017-2021) được Ban Thường vụ Tỉnh ủy tặng Bằng khen.",
            folded: "nhieu nam qua, dang bo phuong mo che (tp. song cong) lien tuc dat trong sach, vung manh. dang bo la 1 trong so 3 to chuc co so dang dat tieu chuan \"hoan thanh xuat sac nhiem vu” tieu bieu 5 nam lien (2017-2021) duoc ban thuong vu tinh uy tang bang khen."
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Đảng bộ phường Mỏ Chè hiện có 528 đảng viên, sinh hoạt ở 12 chi bộ.",
            folded: "dang bo phuong mo che hien co 528 dang vien, sinh hoat o 12 chi bo."
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Tổ chức học tập, quán triệt thực hiện các kết luận, quy định Hội nghị lần thứ 4, 5, 6 của Ban Chấp hành Trung ương Đảng khóa XIII; Quy định số 69 ngày 6/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm.",
            folded: "to chuc hoc tap, quan triet thuc hien cac ket luan, qui dinh hoi nghi lan thu 4, 5, 6 cua ban chap hanh trung uong dang khoa xiii; qui dinh so 69 ngay 6/7/2022 cua bo chinh tri ve ki luat to chuc dang, dang vien vi pham."
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Phát huy vai trò tiên phong, gương mẫu của đội ngũ cán bộ, đảng viên trong việc chấp hành các chủ trương, đường lối, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước...\u{00A0}",
            folded: "phat huy vai tro tien phong, guong mau cua doi ngu can bo, dang vien trong viec chap hanh cac chu truong, duong loi, nghi quyet cua dang, chinh sach, phap luat cua nha nuoc...\u{00A0}"
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Đặc biệt, Đảng uỷ đã ban hành Nghị quyết số 05 ngày 16/6/2021 về xây dựng phường Mỏ chè đạt chuẩn văn minh đô thị giai đoạn 2021-2025, triển khai hiệu quả.",
            folded: "dac biet, dang uy da ban hanh nghi quyet so 05 ngay 16/6/2021 ve xay dung phuong mo che dat chuan van minh do thi giai doan 2021-2025, trien khai hieu qua."
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "Đến nay, 19/19 cán bộ, công chức phường có trình độ đại học; 2 đồng chí có trình độ thạc sĩ; 1 đồng chí có trình độ tiến sĩ; 17 đồng chí có trình độ trung cấp lý luận chính trị.",
            folded: "den nay, 19/19 can bo, cong chuc phuong co trinh do dai hoc; 2 dong chi co trinh do thac si; 1 dong chi co trinh do tien si; 17 dong chi co trinh do trung cap li luan chinh tri."
        ),
        // Seed article (ours).
        RealTextSample(
            source: "seed",
            text: "(dịch vụ thương mại tăng 5,9%/năm; thu ngân sách hàng năm vượt 14,2% so với kế hoạch thành phố giao); bê tông hóa 100% tuyến đường trong các tổ dân phố. Lĩnh vực văn hóa \u{00A0}- xã hội có nhiều tiến bộ; quốc phòng - an ninh được giữ vững, đời sống của nhân dân không ngừng được nâng lên...",
            folded: "(dich vu thuong mai tang 5,9%/nam; thu ngan sach hang nam vuot 14,2% so voi ke hoach thanh pho giao); be tong hoa 100% tuyen duong trong cac to dan pho. linh vuc van hoa \u{00A0}- xa hoi co nhieu tien bo; quoc phong - an ninh duoc giu vung, doi song cua nhan dan khong ngung duoc nang len..."
        ),
        // Wikipedia, "10 tháng 3" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:10 tháng 3",
            text: "1912 – Trung Quốc trở thành nước Cộng hoà sau khi nhà Thanh bị lật đổ.",
            folded: "1912 – trung quoc tro thanh nuoc cong hoa sau khi nha thanh bi lat do."
        ),
        // Wikipedia, "1707 ở Anh" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:1707 ở anh",
            text: "22 tháng 10- 4 tàu thuộc Hải quân Hoàng gia Anh, bao gồm HMS Association, bị mắc cạn gần quần đảo Scilly vì lỗi định hướng — Đô đốc Cloudesley Shovell và hàng ngàn thuỷ thủ chết đuối.",
            folded: "22 thang 10- 4 tau thuoc hai quan hoang gia anh, bao gom hms association, bi mac can gan quan dao scilly vi loi dinh huong — do doc cloudesley shovell va hang ngan thuy thu chet duoi."
        ),
        // Wikipedia, "21 (album của Adele)" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:21 (album của adele)",
            text: "21 trở thành album kĩ thuật số bán chạy nhất mọi thời đại tại Hoa Kỳ với 2 triệu bản tính tới tháng 1 năm 2012.",
            folded: "21 tro thanh album ki thuat so ban chay nhat moi thoi dai tai hoa ki voi 2 trieu ban tinh toi thang 1 nam 2012."
        ),
        // Wikipedia, "Abkhazia" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:abkhazia",
            text: "Trước chiến tranh, người Gruzia chiếm 45,7% dân số Abkhazia, tuy nhiên, năm 1993, hầu hết người Gruzia cùng một số người Nga và người Armenia đã chạy khỏi Abkhazia hoặc bị thanh lọc sắc tộc.",
            folded: "truoc chien tranh, nguoi gruzia chiem 45,7% dan so abkhazia, tuy nhien, nam 1993, hau het nguoi gruzia cung mot so nguoi nga va nguoi armenia da chay khoi abkhazia hoac bi thanh loc sac toc."
        ),
        // Wikipedia, "21 tháng 10" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:21 tháng 10",
            text: "1983 – Đại hội Cân đo quốc tế lần thứ 17 định nghĩa lại chiều dài của một mét là “khoảng cách mà ánh sáng truyền được trong chân không trong khoảng thời gian 1/299.792.458 giây”.",
            folded: "1983 – dai hoi can do quoc te lan thu 17 dinh nghia lai chieu dai cua mot met la “khoang cach ma anh sang truyen duoc trong chan khong trong khoang thoi gian 1/299.792.458 giay”."
        ),
        // Wikipedia, "Baht" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:baht",
            text: "Baht (tiếng Thái: บาท, ký hiệu ฿, mã ISO 4217 là THB) là tiền tệ của Thái Lan. Đồng bạt được chia ra 100 satang (สตางค์).",
            folded: "baht (tieng thai: บาท, ki hieu ฿, ma iso 4217 la thb) la tien te cua thai lan. dong bat duoc chia ra 100 satang (สตางค)."
        ),
        // Wikipedia, "Bản" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:bản",
            text: "Trong tiếng Thái หมู่บ้าน đọc là muban, nhưng thường nói gọn là ban, gồm hai thành phần là หมู่ là nhóm và บ้าน là nhà, từ đó mang ý mới là cấp độ thấp nhất của khu dân cư.",
            folded: "trong tieng thai หมบาน doc la muban, nhung thuong noi gon la ban, gom hai thanh phan la หม la nhom va บาน la nha, tu do mang y moi la cap do thap nhat cua khu dan cu."
        ),
        // Wikipedia, "Amur" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:amur",
            text: "Sông Amur (A-mua) hay Hắc Long Giang (tiếng Nga: Амур; tiếng Trung giản thể: 黑龙江, phồn thể: 黑龍江. bính âm: Hēilóng Jiāng)",
            folded: "song amur (a-mua) hay hac long giang (tieng nga: амур; tieng trung gian the: 黑龙江, phon the: 黑龍江. binh am: heilong jiang)"
        ),
        // Wikipedia, "Abe Shinzō" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:abe shinzō",
            text: "Abe Shinzō (安倍 晋三, あべ しんぞう, An Bội Tấn Tam, [abe ɕinzoː] (); sinh 21 tháng 9 năm 1954) là đương kim Thủ tướng Nhật Bản.",
            folded: "abe shinzo (安倍 晋三, あへ しんそう, an boi tan tam, [abe ɕinzoː] (); sinh 21 thang 9 nam 1954) la duong kim thu tuong nhat ban."
        ),
        // Wikipedia, "Belarus" (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:belarus",
            text: "Belarus ( /bɛləˈruːs/ bel-ə-ROOSS-'; tiếng Belarus: Белару\u{0301}сь, tr. Bielaruś, IPA: [bʲɛlaˈrusʲ], tiếng Nga: Беларусь",
            folded: "belarus ( /bɛləˈruːs/ bel-ə-rooss-'; tieng belarus: беларусь, tr. bielarus, ipa: [bʲɛlaˈrusʲ], tieng nga: беларусь"
        ),
        // Wikipedia, "Acer Inc." (CC BY-SA 3.0).
        RealTextSample(
            source: "wiki_vi viwiki:acer inc.",
            text: "Acer được thành lập năm 1976 bởi Thi Chấn Vinh (Stan Shih, 施振荣) và vợ ông Carolyn Yeh và một nhóm năm người khác.",
            folded: "acer duoc thanh lap nam 1976 boi thi chan vinh (stan shih, 施振荣) va vo ong carolyn yeh va mot nhom nam nguoi khac."
        ),
        // LibreOffice help (libreoffice-help-vi, MPL-2.0), text/sbasic/shared/01/06130000.
        RealTextSample(
            source: "debian_vi_docs lohelp:text/sbasic/shared/01/06130000.html",
            text: "Để xoá vĩ lệnh, chọn nó rồi nhấn vào nút Xoá.",
            folded: "de xoa vi lenh, chon no roi nhan vao nut xoa."
        ),
        // LibreOffice help (libreoffice-help-vi, MPL-2.0), text/scalc/01/02160000.
        RealTextSample(
            source: "debian_vi_docs lohelp:text/scalc/01/02160000.html",
            text: "Lưu ý là các tuỳ chọn lúc xoá các ô sẽ được lưu và nạp lại trong lần gọi sau.",
            folded: "luu y la cac tuy chon luc xoa cac o se duoc luu va nap lai trong lan goi sau."
        ),
        // LibreOffice help (libreoffice-help-vi, MPL-2.0), text/scalc/guide/cellreferences_url.
        RealTextSample(
            source: "debian_vi_docs lohelp:text/scalc/guide/cellreferences_url.html",
            text: "Địa chỉ URL phải có dạng \"http://www.miền.com/table.html\".",
            folded: "dia chi url phai co dang \"http://www.mien.com/table.html\"."
        ),
        // manpages-vi, base64(1) (GPL-3+).
        RealTextSample(
            source: "debian_vi_docs manvi:man1/base64.1",
            text: "Không chỉ ra TẬP_TIN, hoặc khi TẬP_TIN là “-”, thì đọc từ đầu vào tiêu\nchuẩn.",
            folded: "khong chi ra tap_tin, hoac khi tap_tin la “-”, thi doc tu dau vao tieu\nchuan."
        ),
        // manpages-vi, bison(1) (GPL-3+).
        RealTextSample(
            source: "debian_vi_docs manvi:man1/bison.1",
            text: "Tạo ra một bộ phân tích tất định LR hay RL được khái quát hóa dùng bảng\nphân tích LALR(1), IELR(1), hay canonical LR(1).",
            folded: "tao ra mot bo phan tich tat dinh lr hay rl duoc khai quat hoa dung bang\nphan tich lalr(1), ielr(1), hay canonical lr(1)."
        ),
        // manpages-vi, basename(1) (GPL-3+).
        RealTextSample(
            source: "debian_vi_docs manvi:man1/basename.1",
            text: "Giấy phép GPL pb3+ :\nGiấy phép Công cộng GNU phiên bản 3 hay sau\n<https://gnu.org/licenses/gpl.html>.",
            folded: "giay phep gpl pb3+ :\ngiay phep cong cong gnu phien ban 3 hay sau\n<https://gnu.org/licenses/gpl.html>."
        ),
        // Debian New Maintainers' Guide (maint-guide-vi, GPL-2.0+).
        RealTextSample(
            source: "debian_vi_docs maintguide:index.vi.html",
            text: "Tài liệu này có thể được sử dụng theo các\nđiều khoản Giấy phép Công cộng GNU phiên bản 2 trở lên.",
            folded: "tai lieu nay co the duoc su dung theo cac\ndieu khoan giay phep cong cong gnu phien ban 2 tro len."
        ),
    ]

    /// All sample texts and the seed article.
    static var allTexts: [String] {
        samples.map(\.text) + [RepositoryFiles.seedArticleText()]
    }
}
