// A few hundred of the most frequent Vietnamese syllables in news text, written down from
// general knowledge (function words, administrative and everyday vocabulary). Used only to
// break ties between spelling suggestions: for "đươc", "được" before "đước".

const COMMON = `
và của các có là những trong người một cho với không đã được này để năm đến ra về từ theo
khi tại cũng như đó sẽ nhiều thì nhưng nên phải hơn vào làm đi lại còn rất đều cùng mới
đang vẫn chỉ mà hay hoặc bị do nếu vì sau trước trên dưới giữa ngoài qua bằng thêm hết
việc công tác chức tổ đảng viên nhân dân nước nhà xã hội phố thành tỉnh huyện phường quận
chính trị kinh tế văn hóa hoá giáo dục y tế quốc gia trung ương địa phương cơ quan sở ban
bộ đoàn hội nghị quyết định thực hiện triển khai phát triển xây dựng tăng cường nâng cao
chất lượng kết quả hoạt động chương trình kế hoạch dự án đầu tư sản xuất lao động thị trường
doanh nghiệp ngân hàng tiền đồng triệu tỷ nghìn số liệu tháng ngày giờ tuần quý hôm nay
lãnh đạo chỉ đạo cán bộ đồng chí bí thư chủ tịch phó giám đốc trưởng thường vụ ủy uỷ
học sinh trường lớp thầy cô con cháu gia đình bà ông anh chị em mẹ cha bố
đất rừng biển sông núi đường cầu điện nước nông lâm thủy thuỷ sản lúa gạo cây trồng
mưa bão lũ lụt thiên tai an toàn ninh quốc phòng bảo vệ toàn diện tích cực hiệu quả
tự soi sửa sinh hoạt đợt chủ đề sâu rộng tinh thần trách nhiệm gương mẫu ý kiến góp
tiếp tục tốt cao lớn nhỏ mạnh mẽ đúng sai mặt tiến độ thời gian điểm vấn đề nhiệm vụ
được phép đây đấy ấy gì nào sao ai bao giờ đâu ở đây
`;

export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(COMMON.trim().split(/\s+/u));
