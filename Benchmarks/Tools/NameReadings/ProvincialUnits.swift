/// The 34 provincial-level units of Việt Nam since 1 July 2025: 6 centrally governed cities
/// (`thành phố`) and 28 provinces (`tỉnh`), written as the official list writes them.
enum ProvincialUnits {
    static let cities = [
        "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ",
    ]

    static let provinces = [
        "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
        "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ]

    /// Each unit with its designator: `("thành phố", "Hà Nội")`, `("tỉnh", "Lai Châu")`.
    static let all: [(designator: String, name: String)] =
        cities.map { ("thành phố", $0) } + provinces.map { ("tỉnh", $0) }
}
