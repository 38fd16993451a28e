-- Search: folded texts kept on every write (see vn.bantin.search.SearchText), so that a search compares words
-- without tone marks and never reads the HTML bodies; an index over search_all per database (V3_1).
alter table article add column search_title varchar(2000);
alter table article add column search_summary varchar(4000);
alter table article add column search_all varchar(1000000);
alter table article add column search_accented varchar(1000000);

-- Abbreviations of Party and state administration that search understands in both directions.
create table glossary (
    term      varchar(50)  not null primary key,
    expansion varchar(200) not null
);
insert into glossary (term, expansion) values
    ('QCDC', 'Quy chế dân chủ'),
    ('BCĐ', 'Ban Chỉ đạo'),
    ('MTTQ', 'Mặt trận Tổ quốc'),
    ('BCT', 'Bộ Chính trị'),
    ('UBND', 'Ủy ban nhân dân'),
    ('HĐND', 'Hội đồng nhân dân'),
    ('đ/c', 'đồng chí'),
    ('BCH', 'Ban Chấp hành'),
    ('BTV', 'Ban Thường vụ'),
    ('TW', 'Trung ương'),
    ('UBKT', 'Ủy ban Kiểm tra'),
    ('CNXH', 'Chủ nghĩa xã hội'),
    ('CCB', 'Cựu chiến binh'),
    ('TNCS', 'Thanh niên Cộng sản'),
    ('LHPN', 'Liên hiệp Phụ nữ'),
    ('KT-XH', 'Kinh tế - xã hội'),
    ('ANTT', 'An ninh trật tự'),
    ('CCHC', 'Cải cách hành chính'),
    ('NQ', 'Nghị quyết'),
    ('CT', 'Chỉ thị');
