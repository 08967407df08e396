/// Vietnamese surnames (họ), the most common first. Keys are compared after normalization,
/// so tone placement and case do not matter (`Hoà`/`Hòa`); words that are more often a
/// place or a common word than a surname (`Văn`, `Sơn`, `Giang`) are left out.
enum Surnames {
    static let names: [String] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh",
        "Trương", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ", "Cao", "Lương",
        "Lưu", "Kiều", "Quách", "Thái", "Châu", "Chu", "Triệu", "Từ", "Tăng", "Khúc",
        "Khổng", "La", "Lại", "Mạc", "Nông", "Nghiêm", "Ông", "Phí", "Tôn", "Thân",
        "Thạch", "Tiêu", "Trình", "Hứa", "Diệp", "Doãn", "Đàm", "Giáp", "Hàn", "Hầu",
        "Khương", "Lục", "Mã", "Mạch", "Phó", "Tống", "Vi", "Âu", "Bạch", "Bế",
        "Cù", "Cung", "Diêm", "Đậu", "Khưu", "Lã", "Lò", "Lữ", "Nhữ", "Ôn",
        "Quản", "Thiều", "Trà", "Ưng", "Viên", "Vưu", "Khuất", "Lỗ", "Mẫn", "Nhâm",
        "Chử", "Cổ", "Hình", "Mông", "Ngọ", "Nhan", "Phù", "Quàng", "Sầm", "Thào",
        "Tòng", "Vàng", "Vy", "Giàng", "Sùng", "Lầu", "Lèo", "Điêu", "Cầm", "Hoàng Phủ",
    ]
}

/// Words that introduce a person's name: `đồng chí Nguyễn Thái Hà`, `ông Ba Vinh`.
enum PersonTitles {
    static let phrases: [String] = [
        "đồng chí", "ông", "bà", "anh", "chị", "cô", "chú", "cụ", "em",
        "bí thư", "phó bí thư", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc",
        "tổng giám đốc", "thủ tướng", "phó thủ tướng", "bộ trưởng", "thứ trưởng",
        "tổng bí thư", "chủ nhiệm", "trưởng ban", "phó trưởng ban", "trưởng phòng",
        "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thiếu tướng",
        "trung tướng", "thượng tướng", "đại tướng", "gs", "pgs", "ts", "ths", "bs",
        "bác sĩ", "nhà báo", "nhà văn", "nhà thơ", "nghệ sĩ", "luật sư", "đại sứ",
        "chủ tọa", "hiệu trưởng", "viện trưởng", "chánh án", "kiểm sát viên", "thẩm phán",
    ]
}

/// Designators before a place name (`phường Mỏ Chè`, `TP. Hồ Chí Minh`), and words before a
/// capitalised name that make it a street, school or other institution, not a person.
enum PlaceWords {
    static let designators: [String] = [
        "phường", "xã", "thị trấn", "quận", "huyện", "thị xã", "thành phố", "tỉnh", "tp",
    ]

    static let nonPersonContext: [String] = [
        "đường", "phố", "ngõ", "hẻm", "ngách", "số", "trường", "thpt", "thcs", "th",
        "tiểu học", "cầu", "chợ", "bệnh viện", "công viên", "quảng trường", "bến", "phòng",
        "giải", "cúp", "tàu", "sân", "khu", "thôn", "ấp", "bản", "làng", "xóm", "tổ",
        "đền", "chùa", "nhà", "lăng", "tượng", "tư tưởng", "học viện", "đại học", "năm",
        "công ty", "tập đoàn", "thương hiệu",
    ]

    /// Countries, oceans and regions whose names start with a surname syllable.
    static let countries: [String] = [
        "Hàn Quốc", "Thái Lan", "Thái Bình Dương", "Hà Lan", "Mã Lai", "Đào Nha",
        "Triều Tiên", "Lào Cai", "Cao Miên", "Phù Tang", "Hà Tây", "Hồ Nam", "Hà Bắc",
        "Quảng Đông", "Tô Lịch", "Mạc Tư Khoa", "Hoàng Sa", "Trường Sa", "Lý Sơn",
    ]

    /// Provinces and large cities, which share their first syllable with surnames
    /// (`Hà Nội`, `Thái Nguyên`, `Cao Bằng`) and are places, not persons.
    static let provinces: [String] = [
        "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng",
        "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái",
        "Hoà Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ",
        "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam",
        "Nam Định", "Ninh Bình", "Thanh Hoá", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
        "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên",
        "Khánh Hoà", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk",
        "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai",
        "Bà Rịa", "Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long",
        "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu",
        "Cà Mau", "Hà Đông", "Sài Gòn", "Hội An", "Mỹ Tho", "Phan Thiết", "Hạ Long",
        "Lê Chân", "Hoàn Kiếm", "Ba Đình", "Đống Đa", "Hai Bà Trưng", "Cầu Giấy",
        "Tây Hồ", "Long Biên", "Hoàng Mai", "Thanh Xuân", "Trà Lĩnh", "Hồ Gươm", "Hồ Tây",
    ]
}
