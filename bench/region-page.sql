-- A region's drill-down flow page as Workspace::flows runs it (FR, 2013Q3): the plan, the first page,
-- a page after a mid-quarter cursor, and the region's tuple count. Usage: sqlite3 WORKSPACE.db < bench/region-page.sql
.timer on
EXPLAIN QUERY PLAN SELECT f.id, f.first_us FROM flow_hour f LEFT JOIN sensors s ON s.id = f.sensor_id LEFT JOIN payloads p ON p.id = f.payload_id WHERE f.first_us >= 1372636800000000 AND f.first_us < 1380585600000000 AND f.region = 'FR' ORDER BY f.first_us, f.id LIMIT 500;
SELECT count(*) FROM (SELECT f.id, f.first_us FROM flow_hour f LEFT JOIN sensors s ON s.id = f.sensor_id LEFT JOIN payloads p ON p.id = f.payload_id WHERE f.first_us >= 1372636800000000 AND f.first_us < 1380585600000000 AND f.region = 'FR' ORDER BY f.first_us, f.id LIMIT 500);
SELECT count(*) FROM (SELECT f.id, f.first_us FROM flow_hour f LEFT JOIN sensors s ON s.id = f.sensor_id LEFT JOIN payloads p ON p.id = f.payload_id WHERE f.first_us >= 1372636800000000 AND f.first_us < 1380585600000000 AND f.region = 'FR' AND (f.first_us, f.id) > (1375000000000000, 0) ORDER BY f.first_us, f.id LIMIT 500);
SELECT count(*) FROM flow_hour f WHERE f.first_us >= 1372636800000000 AND f.first_us < 1380585600000000 AND f.region = 'FR';
