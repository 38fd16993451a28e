-- wrk script: one search after another, cycling through realistic queries of readers (with and without tone
-- marks, abbreviations, names); done() prints the latency percentiles in milliseconds.
local queries = {
  "quy che dan chu", "QCDC", "Quy chế dân chủ ở cơ sở", "dan van kheo", "Ban Chỉ đạo", "BCĐ",
  "chuyen doi so", "cải cách hành chính", "dang uy phuong phu do", "Đảng ủy phường Xuân Phương",
  "MTTQ", "mat tran to quoc", "phat trien dang vien", "kiểm tra giám sát", "đ/c Đỗ Khắc Đạo",
  "hoi nghi so ket 6 thang dau nam", "van minh do thi", "an sinh xa hoi", "phòng chống tham nhũng",
  "thanh nien", "UBND", "hội đồng nhân dân", "tuyen truyen", "huy hieu dang", "doi thoai truc tiep"
}
local i = 0

local n = 0

request = function()
  i = i % #queries + 1
  n = n + 1
  local q = queries[i]:gsub("[^%w%-%.%_%~]", function(c) return string.format("%%%02X", string.byte(c)) end)
  -- "run" is ignored by the API but is part of the read cache's key: every request is a real search, never an
  -- answer the cache kept from the previous round of queries.
  return wrk.format("GET", "/api/v1/articles?size=20&q=" .. q .. "&run=" .. n)
end

function done(summary, latency, requests)
  io.write(string.format("SEARCHES %d ERRORS %d P50 %.1f P95 %.1f P99 %.1f MAX %.1f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
