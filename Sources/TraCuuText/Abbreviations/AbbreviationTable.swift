/// The abbreviations a query is read with both ways: `UBND` finds `Ủy ban nhân dân` and
/// `Ủy ban nhân dân` finds `UBND`. Each full form is the official name as the law that
/// sets up the body (or the code itself) writes it; tests check every full form against the
/// official texts of the codes or, for names the codes do not use, the news.
///
/// In: local government and its bodies, Party and State bodies, the courts, insurance,
/// schools, the ministries whose names are abbreviated in the press (their names as in the
/// decree on each ministry's functions under Nghị định 123/2016/NĐ-CP of 1 September 2016,
/// on the functions of ministries), the codes, companies' boards, sport.
///
/// Left out, because they stand for something else as often: `TT` (Thông tư in a reference,
/// `Thủ tướng` in `QĐ-TTg`, a number elsewhere), `TW`, `CP`, `QH`, `NĐ`, `QĐ` (codes of
/// document references, which `DocumentReferenceRecognizer` reads in context), `ĐT`
/// (`điện thoại`, `đội tuyển`), `DN`, `HN`, `VN`, `HCM` alone (a person's name).
package enum AbbreviationTable {
    package static let entries: [Abbreviation] = [
        // Local government: Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13).
        Abbreviation(["UBND"], "Ủy ban nhân dân",
                     source: "Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13)",
                     evidence: .codes),
        Abbreviation(["HĐND"], "Hội đồng nhân dân",
                     source: "Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13)",
                     evidence: .codes),
        Abbreviation(["TP"], "thành phố", context: .beforeName,
                     source: "Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13), "
                         + "Điều 2: thành phố trực thuộc trung ương, thành phố thuộc tỉnh",
                     evidence: .codes),
        Abbreviation(["TP.HCM", "TPHCM", "TP Hồ Chí Minh"], "Thành phố Hồ Chí Minh",
                     source: "Nghị quyết của Quốc hội khóa VI ngày 2/7/1976 đặt tên "
                         + "Thành phố Hồ Chí Minh",
                     evidence: .codes),
        // Party and State bodies.
        Abbreviation(["BCH"], "Ban Chấp hành",
                     source: "Điều lệ Đảng Cộng sản Việt Nam (2011): Ban Chấp hành Trung ương",
                     evidence: .news),
        Abbreviation(["MTTQ"], "Mặt trận Tổ quốc",
                     source: "Luật Mặt trận Tổ quốc Việt Nam 2015 (75/2015/QH13)",
                     evidence: .codes),
        Abbreviation(["ĐBQH"], "đại biểu Quốc hội",
                     source: "Luật Tổ chức Quốc hội 2014 (57/2014/QH13)", evidence: .news),
        Abbreviation(["UBTVQH"], "Ủy ban Thường vụ Quốc hội",
                     source: "Luật Tổ chức Quốc hội 2014 (57/2014/QH13)", evidence: .codes),
        Abbreviation(["XHCN"], "xã hội chủ nghĩa",
                     source: "Hiến pháp 2013: Cộng hòa xã hội chủ nghĩa Việt Nam",
                     evidence: .codes),
        Abbreviation(["TAND"], "Tòa án nhân dân",
                     source: "Luật Tổ chức Tòa án nhân dân 2014 (62/2014/QH13)",
                     evidence: .codes),
        Abbreviation(["VKSND"], "Viện kiểm sát nhân dân",
                     source: "Luật Tổ chức Viện kiểm sát nhân dân 2014 (63/2014/QH13)",
                     evidence: .codes),
        Abbreviation(["CSGT"], "Cảnh sát giao thông",
                     source: "Thông tư 01/2016/TT-BCA (tuần tra, kiểm soát của Cảnh sát "
                         + "giao thông)",
                     evidence: .news),
        Abbreviation(["NHNN"], "Ngân hàng Nhà nước",
                     source: "Luật Ngân hàng Nhà nước Việt Nam 2010 (46/2010/QH12)",
                     evidence: .codes),
        // Insurance and schools.
        Abbreviation(["BHXH"], "bảo hiểm xã hội",
                     source: "Luật Bảo hiểm xã hội 2014 (58/2014/QH13)", evidence: .codes),
        Abbreviation(["BHYT"], "bảo hiểm y tế",
                     source: "Luật Bảo hiểm y tế 2008 (25/2008/QH12)", evidence: .codes),
        Abbreviation(["THPT"], "trung học phổ thông",
                     source: "Luật Giáo dục 2005 (38/2005/QH11), Điều 26", evidence: .news),
        Abbreviation(["THCS"], "trung học cơ sở",
                     source: "Luật Giáo dục 2005 (38/2005/QH11), Điều 26", evidence: .news),
        // Ministries: the name in the decree on each one's functions.
        Abbreviation(["GD-ĐT", "GD&ĐT", "GDĐT"], "Giáo dục và Đào tạo",
                     source: "Bộ Giáo dục và Đào tạo (Nghị định 123/2016/NĐ-CP)",
                     evidence: .news),
        Abbreviation(["TN-MT", "TN&MT", "TNMT"], "Tài nguyên và Môi trường",
                     source: "Bộ Tài nguyên và Môi trường (Nghị định 123/2016/NĐ-CP)",
                     evidence: .codes),
        Abbreviation(["LĐ-TB-XH", "LĐ-TB&XH", "LĐTB&XH", "LĐTBXH"],
                     "Lao động - Thương binh và Xã hội",
                     source: "Bộ Lao động - Thương binh và Xã hội (Nghị định 123/2016/NĐ-CP)",
                     evidence: .codes),
        Abbreviation(["GTVT", "GT-VT"], "Giao thông vận tải",
                     source: "Bộ Giao thông vận tải (Nghị định 123/2016/NĐ-CP)",
                     evidence: .codes),
        Abbreviation(["NN-PTNT", "NN&PTNT", "NNPTNT"], "Nông nghiệp và Phát triển nông thôn",
                     source: "Bộ Nông nghiệp và Phát triển nông thôn (Nghị định "
                         + "123/2016/NĐ-CP)",
                     evidence: .codes),
        Abbreviation(["KH-ĐT", "KH&ĐT"], "Kế hoạch và Đầu tư",
                     source: "Bộ Kế hoạch và Đầu tư (Nghị định 123/2016/NĐ-CP)",
                     evidence: .codes),
        Abbreviation(["KH-CN", "KH&CN", "KHCN"], "Khoa học và Công nghệ",
                     source: "Bộ Khoa học và Công nghệ (Nghị định 123/2016/NĐ-CP)",
                     evidence: .codes),
        Abbreviation(["TT-TT", "TT&TT"], "Thông tin và Truyền thông",
                     source: "Bộ Thông tin và Truyền thông (Nghị định 123/2016/NĐ-CP)",
                     evidence: .news),
        Abbreviation(["VH-TT-DL", "VH-TT&DL", "VHTT&DL", "VHTTDL"],
                     "Văn hóa, Thể thao và Du lịch",
                     source: "Bộ Văn hóa, Thể thao và Du lịch (Nghị định 123/2016/NĐ-CP)",
                     evidence: .codes),
        // The codes, by their titles.
        Abbreviation(["BLHS"], "Bộ luật Hình sự", source: "Bộ luật Hình sự 2015 (100/2015/QH13)",
                     evidence: .codes),
        Abbreviation(["BLDS"], "Bộ luật Dân sự", source: "Bộ luật Dân sự 2015 (91/2015/QH13)",
                     evidence: .codes),
        Abbreviation(["BLLĐ"], "Bộ luật Lao động",
                     source: "Bộ luật Lao động 2019 (45/2019/QH14)", evidence: .codes),
        Abbreviation(["BLTTHS"], "Bộ luật Tố tụng hình sự",
                     source: "Bộ luật Tố tụng hình sự 2015 (101/2015/QH13)", evidence: .codes),
        Abbreviation(["BLTTDS"], "Bộ luật Tố tụng dân sự",
                     source: "Bộ luật Tố tụng dân sự 2015 (92/2015/QH13)", evidence: .codes),
        Abbreviation(["BLHH"], "Bộ luật Hàng hải",
                     source: "Bộ luật Hàng hải Việt Nam 2015 (95/2015/QH13)", evidence: .codes),
        // Companies.
        Abbreviation(["HĐQT"], "Hội đồng quản trị",
                     source: "Luật Doanh nghiệp 2014 (68/2014/QH13)", evidence: .codes),
        Abbreviation(["ĐHĐCĐ"], "Đại hội đồng cổ đông",
                     source: "Luật Doanh nghiệp 2014 (68/2014/QH13)", evidence: .codes),
        // Sport.
        Abbreviation(["CLB"], "câu lạc bộ",
                     source: "Luật Thể dục, thể thao 2006 (77/2006/QH11): câu lạc bộ thể thao",
                     evidence: .news),
        Abbreviation(["HLV"], "huấn luyện viên",
                     source: "Luật Thể dục, thể thao 2006 (77/2006/QH11)", evidence: .news),
    ]
}
