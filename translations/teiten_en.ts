<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmplificationCatalog</name>
    <message>
        <location filename="../models/amplificationcatalog.cpp" line="40"/>
        <source>%1, line %2: expected 9 tab-separated columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/amplificationcatalog.cpp" line="49"/>
        <source>%1, line %2: bad transport or port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <location filename="../models/capturereader.cpp" line="116"/>
        <source>Cannot open capture file %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="119"/>
        <source>Cannot open capture file %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="126"/>
        <source>Cannot open capture file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="137"/>
        <source>Cannot read capture file %1: input/output error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="138"/>
        <source>Capture file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="146"/>
        <source>Cannot open compressed capture file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="155"/>
        <source>Cannot decompress capture file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="159"/>
        <source>Compressed capture file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="165"/>
        <source>%1 is not a capture file: the decompressed data starts with neither a pcap nor a pcapng magic number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="176"/>
        <source>Cannot open compressed capture file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="186"/>
        <source>%1 is not a capture file: it starts with neither a pcap nor a pcapng magic number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="223"/>
        <source>Cannot read capture file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="291"/>
        <source>Capture file %1 uses link type %2 (%3), which Teiten cannot decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="336"/>
        <source>%1 (gzip: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="339"/>
        <source>unknown libpcap error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="340"/>
        <source>Capture file %1 is damaged after %2 packets: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="361"/>
        <source>Cannot re-read the packet at offset %1 of capture file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="379"/>
        <location filename="../models/capturereader.cpp" line="385"/>
        <location filename="../models/capturereader.cpp" line="394"/>
        <location filename="../models/capturereader.cpp" line="405"/>
        <source>no record starts there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="398"/>
        <source>the file ends there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <location filename="../models/capturewriter.cpp" line="142"/>
        <source>Cannot create capture file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturewriter.cpp" line="152"/>
        <source>Capture file %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/capturewriter.cpp" line="189"/>
        <location filename="../models/capturewriter.cpp" line="214"/>
        <source>Cannot write capture file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <location filename="../models/eventtypes.cpp" line="38"/>
        <source>amplification attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="39"/>
        <source>%1 amplification attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="41"/>
        <source>open-resolver scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="42"/>
        <source>reflector scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="43"/>
        <source>%1 reflector scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="44"/>
        <source>scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="45"/>
        <source>control-system scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="46"/>
        <source>DoS victim (backscatter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="48"/>
        <source>reflection attack aimed at a sensor address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="51"/>
        <source>spoofed-source flood aimed at a sensor address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="52"/>
        <source>spoofed-source %1 flood aimed at a sensor address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="55"/>
        <source>unclassified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/clicommand.cpp" line="44"/>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommand.cpp" line="47"/>
        <source>teiten %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommand.cpp" line="48"/>
        <source>Try &apos;teiten %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliQueryOptions</name>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="11"/>
        <source>Workspace database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="11"/>
        <source>W.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="12"/>
        <source>Period: 2013Q3, 2013-09 or 2013-07-01..2013-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="12"/>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="13"/>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="13"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="14"/>
        <source>Only the first N rows (0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="14"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="15"/>
        <source>Only these sensors (comma-separated names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="15"/>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="16"/>
        <source>Only this service, e.g. 53/UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="16"/>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="17"/>
        <source>Only sources from this region (ISO code, e.g. CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="17"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="18"/>
        <source>Only sources in this address or prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="18"/>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="19"/>
        <source>Only this IP protocol (TCP, UDP, ICMP, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="19"/>
        <source>PROTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="20"/>
        <source>Only this destination port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="20"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="22"/>
        <source>Run the full integrity check of the workspace even if it is unchanged since it last passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="51"/>
        <source>teiten: --db is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="56"/>
        <source>teiten: --period is required (e.g. 2013Q3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="61"/>
        <source>teiten: invalid period &apos;%1&apos; (use 2013Q3, 2013-09 or 2013-07-01..2013-09-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="69"/>
        <source>teiten: unknown format &apos;%1&apos; (use table, csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="76"/>
        <source>teiten: --top takes a whole number ≥ 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="84"/>
        <source>teiten: invalid service &apos;%1&apos; (e.g. 445/TCP, 0/ICMP, fragment/UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="93"/>
        <source>teiten: invalid region &apos;%1&apos; (an ISO 3166-1 code such as CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="102"/>
        <source>teiten: invalid source address or prefix &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="110"/>
        <source>teiten: unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="119"/>
        <source>teiten: invalid port &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="127"/>
        <location filename="../app/cliqueryoptions.cpp" line="136"/>
        <location filename="../app/cliqueryoptions.cpp" line="142"/>
        <source>teiten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="148"/>
        <source>teiten: no sensor named &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/democommand.cpp" line="17"/>
        <source>Write the sample sensor network (two quarters, 12 sensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="22"/>
        <source>Folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="22"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="23"/>
        <source>Size factor (1 ≈ 300,000 packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="23"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="25"/>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="25"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="31"/>
        <source>teiten demo: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="40"/>
        <source>teiten demo: --scale takes a number between 0 and 10000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="44"/>
        <source>teiten demo: --seed takes a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="50"/>
        <source>writing sample network… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="57"/>
        <source>teiten demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="60"/>
        <source>Wrote %1 packets in %2 capture files to %3 (%4 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../models/displayformat.cpp" line="36"/>
        <source>%1%</source>
        <extracomment>A share of the total, e.g. &quot;12.3%&quot;; %1 is the number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <location filename="../app/drillcommand.cpp" line="24"/>
        <source>Drill into one service: sources, sensors, payloads, scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="34"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="35"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="43"/>
        <source>teiten drill: --service is required (e.g. --service 53/UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="48"/>
        <location filename="../app/drillcommand.cpp" line="60"/>
        <source>teiten drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="105"/>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="105"/>
        <source>scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="105"/>
        <source>scanner class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>amplification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeClassifier</name>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="59"/>
        <source>%1 (%2, %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/episodeclassifier.cpp" line="63"/>
        <source>%n source(s) sent %1 % of the %2 packets: %3.</source>
        <translation>
            <numerusform>%n source sent %1 % of the %2 packets: %3.</numerusform>
            <numerusform>%n sources sent %1 % of the %2 packets: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="65"/>
        <source>%1 distinct sources in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="68"/>
        <source>a single sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="69"/>
        <source>spread evenly over the sensors hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="70"/>
        <source>concentrated on a few sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="71"/>
        <source>Sensors hit: %1 of %2; per-sensor packets vary by a coefficient of variation of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="80"/>
        <source>%1: TTL %2–%3 (%4 distinct), %5 source port(s), %6 sensor(s), seen %7 to %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/episodeclassifier.cpp" line="93"/>
        <source>%1 % of the packets came from %2 (%n source(s)).</source>
        <translation>
            <numerusform>%1 % of the packets came from %2 (%n source).</numerusform>
            <numerusform>%1 % of the packets came from %2 (%n sources).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="103"/>
        <source>%1 rose from a baseline of about %2 packets a day to %3 on %4 (%5 × the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="106"/>
        <source>%1 rose from almost nothing to %2 packets on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="109"/>
        <source>%1 packets above the baseline from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="112"/>
        <source>It came in bursts: %1 of its %2 days were elevated; the quiet days between were bridged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="116"/>
        <source>It was still going on at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="141"/>
        <source>%1 % of the driving sources&apos; packets are requests for large answers: %2, bandwidth amplification factor %3 (Rossow, NDSS 2014).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="146"/>
        <source>Most common query: %1 %2, recursion desired %3, EDNS0 buffer %4 (%5 % of packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="148"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="148"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="149"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="153"/>
        <source>Few sources asking many unused addresses for large answers cannot be scanning: the source addresses are spoofed. They are the victims of a reflection attack (%1), and the sensors were probed as would-be amplifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="162"/>
        <source>Many sources each probed many sensors on %1: scanning for open resolvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="163"/>
        <source>Many sources each probed many sensors on %1, a service abused for amplification: scanning for reflectors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventAnalyzer</name>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="100"/>
        <source>Analysis cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="232"/>
        <source>%1 (%2): first packet of the wave on %3; %4 packets a day before, %5 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="252"/>
        <source>Scanning of control-system ports started on %1: %2 (ports from the Digital Bond / ITI and Malcolm lists), after %3 packets a day on all such ports before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="361"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="377"/>
        <source>%1 (%2) sent %3 unsolicited replies (%4) to %5 addresses on %6 of %7 sensors, %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="383"/>
        <source>About %1 replies an hour%2: replies to packets our sensors never sent mean %3 was flooded with randomly spoofed sources, a denial-of-service victim (Moore et al., USENIX Security 2001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="387"/>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/eventanalyzer.cpp" line="392"/>
        <source>ICMP errors came from %n host(s) on the way (%1); the packets they quote went from our addresses to %2, so %2 is the victim, not the sender of the errors.</source>
        <translation>
            <numerusform>ICMP errors came from %n host on the way (%1); the packets they quote went from our addresses to %2, so %2 is the victim, not the sender of the errors.</numerusform>
            <numerusform>ICMP errors came from %n hosts on the way (%1); the packets they quote went from our addresses to %2, so %2 is the victim, not the sender of the errors.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="401"/>
        <source>%1 servers sent %2 replies (%3) to sensor address %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="404"/>
        <source>Many servers answering one address that asked nothing: the address was spoofed as the victim of a reflection attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="451"/>
        <source>%1 packets (%2) to %3 %4 from %5 different source addresses, %6 to %7 (%8 packets a second), %9 per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="456"/>
        <source>Only %1 of these sources were seen at any other sensor address within a day: they scan nothing. Source addresses forged at random for each packet mean that %2 itself was the target of a denial-of-service flood (the spoofed side of Moore et al.&apos;s inference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="466"/>
        <source>%1 % of the packets arrived with TTL %2: one sender behind all these addresses (hop-count consistency; Jin, Wang and Shin, ACM CCS 2003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/eventanalyzer.cpp" line="470"/>
        <source>The packets arrived with %n different TTL values (%1 % with %2): many senders, as from a botnet.</source>
        <translation>
            <numerusform>The packets arrived with %n different TTL value (%1 % with %2): many senders, as from a botnet.</numerusform>
            <numerusform>The packets arrived with %n different TTL values (%1 % with %2): many senders, as from a botnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="520"/>
        <source>The same sources also raised region %1 (%2 packets above its baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="549"/>
        <source>These replies also raised %1 (%2 packets above its baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="567"/>
        <source>%1 replies (%2) from %3 hosts reached %4 during the flood: the owners of forged source addresses answering what the target sent them, part of the same attack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <location filename="../app/eventscommand.cpp" line="21"/>
        <source>List the period&apos;s surges, scans and attacks with their evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="29"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="30"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="35"/>
        <source>teiten events: --format takes table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="42"/>
        <location filename="../app/eventscommand.cpp" line="48"/>
        <source>teiten events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="62"/>
        <source>No surges, scanning waves or backscatter episodes in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="84"/>
        <source>top sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="84"/>
        <source>sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="84"/>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureCommand</name>
    <message>
        <location filename="../app/figurecommand.cpp" line="23"/>
        <source>Write a report figure or table as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="32"/>
        <source>What to draw: ports, regions, ports-table, regions-table, service:PORT/PROTO or region:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="33"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="34"/>
        <source>Language of the texts: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="34"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="35"/>
        <source>Output file; the format follows the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="36"/>
        <source>F.png|F.svg|F.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="37"/>
        <source>Width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="37"/>
        <location filename="../app/figurecommand.cpp" line="38"/>
        <source>PX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="38"/>
        <source>Height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="39"/>
        <source>Resolution: pixels per inch (sets the type size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="40"/>
        <source>DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="86"/>
        <source>teiten figure: --top takes a whole number between 1 and 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="41"/>
        <location filename="../app/figurecommand.cpp" line="43"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="41"/>
        <source>How many ports or regions (1–20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="43"/>
        <source>Figure or table number in the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="51"/>
        <source>teiten figure: drawing needs fonts, but this build started the command without a GUI application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="57"/>
        <source>teiten figure: --figure and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="62"/>
        <source>teiten figure: --lang takes ja or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="67"/>
        <source>teiten figure: cannot tell the format of &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="78"/>
        <source>teiten figure: --width and --height take whole numbers of pixels between 100 and 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="82"/>
        <source>teiten figure: --dpi takes a whole number between 36 and 2400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="90"/>
        <source>teiten figure: --number takes a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="104"/>
        <source>teiten figure: unknown figure &apos;%1&apos; (use %2, service:PORT/PROTO or region:CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="115"/>
        <source>teiten figure: no %1 catalogue is built in; texts stay English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="128"/>
        <location filename="../app/figurecommand.cpp" line="132"/>
        <source>teiten figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureFactory</name>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="61"/>
        <source>d MMMM yyyy</source>
        <extracomment>Long date format (QDate::toString) for periods in captions; Japanese: yyyy年M月d日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="72"/>
        <source>%1–%2 %3</source>
        <extracomment>A quarter in captions: %1 first month&apos;s name, %2 last month&apos;s name, %3 year (&quot;July–September 2013&quot;); Japanese month names are &quot;7月&quot;, so 「%3年%1〜%2」.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="76"/>
        <source>%1 %2</source>
        <extracomment>A month in captions: %1 month name, %2 year (&quot;September 2013&quot;; Japanese 「%2年%1」).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="81"/>
        <source>%1 to %2</source>
        <extracomment>A range of days in captions: %1 first day, %2 last day (both inclusive).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/figurefactory.cpp" line="115"/>
        <source>Observed by %n sensor(s), %1 to %2, days counted in %3</source>
        <extracomment>Figure footer: %n sensors with data, %1/%2 first and last day (ISO), %3 &quot;UTC&quot; or &quot;UTC+09:00&quot;</extracomment>
        <translation>
            <numerusform>Observed by %n sensor, %1 to %2, days counted in %3</numerusform>
            <numerusform>Observed by %n sensors, %1 to %2, days counted in %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="119"/>
        <source>Country database: none (regions unknown) · Teiten %1</source>
        <extracomment>Figure footer when no country database was used; %1 the Teiten version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="125"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="127"/>
        <source>Country database: %1, built %2 · Teiten %3</source>
        <extracomment>Figure footer: %1 country database name, %2 its build date (ISO), %3 Teiten version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="138"/>
        <source>Packets per day</source>
        <extracomment>Value axis title of the daily charts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="140"/>
        <source>MMM d</source>
        <extracomment>Date format (QDate::toString) of chart axis labels; Japanese &quot;M/d&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="141"/>
        <source>No packets were observed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="179"/>
        <source>Figure %1: Top %2 destination ports by packets observed, %3</source>
        <extracomment>Caption of the ports chart: %1 figure number, %2 how many ports (5), %3 the period (&quot;July–September 2013&quot;). Japanese style: 「図%1 %3の宛先ポート番号別パケット観測数トップ%2」</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="182"/>
        <source>Figure %1: Top %2 source regions by packets observed, %3</source>
        <extracomment>Caption of the regions chart: %1 figure number, %2 how many regions, %3 the period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="198"/>
        <source>Figure %1: %2</source>
        <extracomment>Caption of a phenomenon&apos;s chart: %1 figure number, %2 what it shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="201"/>
        <source>Figure %1: Packets per day to %2, %3</source>
        <extracomment>Caption of a chart of ports: %1 figure number, %2 ports (&quot;53/UDP&quot;), %3 period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="207"/>
        <source>Figure %1: Packets per day from %2, %3</source>
        <extracomment>Caption of a chart of regions: %1 figure number, %2 region names, %3 period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="217"/>
        <source>detected</source>
        <extracomment>Label of the shaded window on a phenomenon&apos;s chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="240"/>
        <source>Table %1: Top %2 destination ports by packets observed, %3, against the previous quarter</source>
        <extracomment>Caption of Table 1: %1 table number, %2 how many ports, %3 the period. Japanese style: 「表%1 %3の宛先ポート番号別パケット観測数トップ%2(前四半期との比較)」</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="241"/>
        <source>Table %1: Top %2 destination ports by packets observed, %3, against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="244"/>
        <source>Table %1: Top %2 source regions by packets observed, %3, against the previous quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="245"/>
        <source>Table %1: Top %2 source regions by packets observed, %3, against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="249"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="252"/>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="254"/>
        <source>Service name</source>
        <extracomment>Table column: the IANA service name of the port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="256"/>
        <source>Source region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="258"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="258"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="259"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="260"/>
        <source>Rank last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="260"/>
        <source>Previous rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="262"/>
        <source>Change</source>
        <extracomment>Table column: up/down/unchanged/new marker against the previous period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="275"/>
        <source>%1 (%2)</source>
        <extracomment>A region in tables: %1 localised name, %2 ISO code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="282"/>
        <source>New</source>
        <extracomment>Change marker: not observed in the previous period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="293"/>
        <source>▲ ranked higher than in the previous quarter, ▼ lower, → the same; New: not observed in the previous quarter. Share: of all %1 packets observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="295"/>
        <source>▲ ranked higher than in the previous period, ▼ lower, → the same; New: not observed in the previous period. Share: of all %1 packets observed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="579"/>
        <source>%1: figure size %2×%3 at %4 dpi is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="586"/>
        <location filename="../widgets/figurerenderer.cpp" line="629"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="592"/>
        <source>%1: cannot write PNG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="605"/>
        <source>%1: cannot start the SVG painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="622"/>
        <source>%1: cannot start the PDF painter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureRequest</name>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="43"/>
        <source>no period is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="49"/>
        <source>no series is shown, so there is nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="53"/>
        <source>no event is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="57"/>
        <source>this event has no curve to draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowBatchProducer</name>
    <message>
        <location filename="../models/flowbatchproducer.cpp" line="160"/>
        <source>the file grew while it was imported; only the %1 bytes it had at the start were read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowSegmentCodec</name>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="33"/>
        <source>truncated segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="53"/>
        <source>malformed varint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="77"/>
        <source>unknown segment format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="81"/>
        <source>tuple count exceeds the segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="92"/>
        <source>reserved flag bits set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="103"/>
        <source>time out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="105"/>
        <source>port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="105"/>
        <source>source port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="106"/>
        <source>destination port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="109"/>
        <location filename="../models/flowsegmentcodec.cpp" line="112"/>
        <source>payload id out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="114"/>
        <source>sequence number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="115"/>
        <source>IP ID out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="116"/>
        <source>first source port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="117"/>
        <source>IP length out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="117"/>
        <source>region out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="129"/>
        <source>quoted port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="221"/>
        <source>trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="47"/>
        <source>tuple count differs from the segment&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowSegmentScan</name>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="51"/>
        <source>%1: flow segment %2 is damaged (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="55"/>
        <source>too many tuples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="61"/>
        <source>%1: cannot read flow tuples: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowSegmentStore</name>
    <message>
        <location filename="../models/flowsegmentstore.cpp" line="52"/>
        <source>%1: cannot write flow tuples: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <location filename="../models/flowtext.cpp" line="128"/>
        <source>unrecognized payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="128"/>
        <source>unrecognized payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="134"/>
        <source>%1 (response)</source>
        <extracomment>A decoded payload that arrived as a reply nobody here asked for (backscatter, reflection).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="141"/>
        <source>type %1</source>
        <extracomment>ICMP message type, shown where other protocols show the source port.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="146"/>
        <source>ephemeral (first %1)</source>
        <extracomment>Ephemeral source ports are counted together; %1 is the first one seen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="154"/>
        <source>code %1</source>
        <extracomment>ICMP message code, shown where other protocols show the destination port.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoResolver</name>
    <message>
        <location filename="../models/georesolver.cpp" line="121"/>
        <source>Cannot open the region database &quot;%1&quot;: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="125"/>
        <source>Cannot open the region database &quot;%1&quot;: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="136"/>
        <source>Cannot open the region database &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 libmaxminddb&apos;s reason (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="146"/>
        <source>unsupported format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="148"/>
        <source>unsupported record size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="150"/>
        <source>unsupported IP version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="152"/>
        <source>the search tree is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="165"/>
        <source>Cannot use the region database &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsPortCatalog</name>
    <message>
        <location filename="../models/icsportcatalog.cpp" line="42"/>
        <source>%1, line %2: expected transport, port range, protocol, vendor, source, generic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="30"/>
        <source>Import pcap/pcapng(.gz) files or sensor folders into a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="35"/>
        <source>Workspace database file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="35"/>
        <source>W.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="36"/>
        <source>Assign every file to this sensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="36"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="37"/>
        <source>Country database (MaxMind DB format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="37"/>
        <source>F.mmdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="38"/>
        <source>Sensor list (sensor,address_or_prefix,region,label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="39"/>
        <source>sensors.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="40"/>
        <source>Re-import files whose content is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="41"/>
        <source>Summary format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="41"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="45"/>
        <source>Run the full integrity check of the workspace even if it is unchanged since it last passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="47"/>
        <source>Capture files or folders (&lt;root&gt;/&lt;sensor&gt;/*.pcap*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="53"/>
        <source>teiten import: --db and at least one PATH are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="58"/>
        <source>teiten import: unknown format &apos;%1&apos; (use table or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="86"/>
        <source>files %1/%2  packets %3  %4 packets/s  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="91"/>
        <source>building the quarters&apos; rankings and series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="113"/>
        <location filename="../app/importcommand.cpp" line="116"/>
        <source>teiten import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="118"/>
        <source>teiten import: interrupted; files imported before the interruption are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="143"/>
        <source>%1 files imported, %2 partial, %3 skipped, %4 failed; %5 packets in %6 s (%7 packets/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../models/importjob.cpp" line="102"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="231"/>
        <source>%1: cannot store sensors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="245"/>
        <source>invalid sensor name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="374"/>
        <source>%1: already imported (same content as %2); use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="386"/>
        <location filename="../models/importjob.cpp" line="502"/>
        <source>%1: cancelled; nothing of this file was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="392"/>
        <source>%1: cannot import %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="425"/>
        <location filename="../models/importjob.cpp" line="446"/>
        <location filename="../models/importjob.cpp" line="508"/>
        <location filename="../models/importjob.cpp" line="553"/>
        <source>%1: import of %2 rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="484"/>
        <source>%1: cannot write to the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="542"/>
        <location filename="../models/importjob.cpp" line="561"/>
        <source>%1: read stopped after %2 packets: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="563"/>
        <source>%1: %2 frames with a broken IP header were skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <location filename="../models/importplanner.cpp" line="40"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importplanner.cpp" line="46"/>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/importplanner.cpp" line="51"/>
        <location filename="../models/importplanner.cpp" line="103"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <location filename="../app/infocommand.cpp" line="19"/>
        <source>Describe a workspace: sensors, files, time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="26"/>
        <source>List every imported file with its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="39"/>
        <source>teiten info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="88"/>
        <source>Workspace:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="89"/>
        <source>Packets:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="90"/>
        <source>Files:      %1 ok, %2 partial, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="91"/>
        <source>Time range: %1 .. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="92"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="94"/>
        <source>Quarters:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="95"/>
        <source>Country DB: %1 (%2, built %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="96"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestWriter</name>
    <message>
        <location filename="../models/ingestwriter.cpp" line="92"/>
        <source>%1: cannot store a payload summary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingestwriter.cpp" line="131"/>
        <source>%1: cannot write the hourly roll-ups: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MmdbWriter</name>
    <message>
        <location filename="../models/mmdbwriter.cpp" line="262"/>
        <source>Cannot write the region database &quot;%1&quot;: too many networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mmdbwriter.cpp" line="314"/>
        <source>Cannot write the region database &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadLookup</name>
    <message>
        <location filename="../models/payloadlookup.cpp" line="41"/>
        <source>%1: cannot read a payload summary: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodSummaryStore</name>
    <message>
        <location filename="../models/periodsummarystore.cpp" line="66"/>
        <location filename="../models/periodsummarystore.cpp" line="95"/>
        <location filename="../models/periodsummarystore.cpp" line="321"/>
        <source>%1: stored period summaries: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhenomenonWriter</name>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="23"/>
        <source>Surge of packets from %1: %2</source>
        <extracomment>Report section title: %1 region name, %2 classification (&quot;scanning&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="26"/>
        <source>Surge of %1: %2</source>
        <extracomment>Report section title: %1 port (&quot;53/UDP&quot;), %2 classification (&quot;DNS amplification attack&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="32"/>
        <source>Scanning of control-system ports %1</source>
        <extracomment>Report section title: %1 the ports (&quot;102/TCP, 502/TCP&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="38"/>
        <source>Backscatter from %1: %2</source>
        <extracomment>Report section title: %1 the address that replied, %2 classification</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="44"/>
        <source>Flood at %1: %2</source>
        <extracomment>Report section title: %1 the sensor address flooded, %2 classification</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/phenomenonwriter.cpp" line="51"/>
        <source>From %1 to the end of the period, %2 packets from %n source(s) reached %3 of %4 sensors.</source>
        <extracomment>%1 first day (ISO), %2 packets, %n sources, %3 sensors hit, %4 all sensors</extracomment>
        <translation>
            <numerusform>From %1 to the end of the period, %2 packets from %n source reached %3 of %4 sensors.</numerusform>
            <numerusform>From %1 to the end of the period, %2 packets from %n sources reached %3 of %4 sensors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/phenomenonwriter.cpp" line="58"/>
        <source>From %1 to %2, %3 packets from %n source(s) reached %4 of %5 sensors.</source>
        <extracomment>%1 first day, %2 last day (ISO), %3 packets, %n sources, %4 sensors hit, %5 all sensors</extracomment>
        <translation>
            <numerusform>From %1 to %2, %3 packets from %n source reached %4 of %5 sensors.</numerusform>
            <numerusform>From %1 to %2, %3 packets from %n sources reached %4 of %5 sensors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <location filename="../app/rankcommand.cpp" line="21"/>
        <source>Rank destination ports or source regions of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="28"/>
        <source>Rank by port or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="28"/>
        <source>port|region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="29"/>
        <source>Language of region names: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="29"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="32"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="33"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="43"/>
        <source>teiten rank: --by takes port or region, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="50"/>
        <location filename="../app/rankcommand.cpp" line="57"/>
        <source>teiten rank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="101"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="101"/>
        <source>scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="105"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="93"/>
        <source>Darknet observation report, %1</source>
        <extracomment>Report title; %1 the period (&quot;July–September 2013&quot;). Japanese: 「インターネット定点観測レポート(%1)」</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="98"/>
        <source>Made on %1 with Teiten %2</source>
        <extracomment>Report subtitle: %1 the date it was made (ISO), %2 Teiten version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="104"/>
        <source>1 Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportbuilder.cpp" line="106"/>
        <source>This report summarises the packets that %n darknet sensor(s) observed from %1 to %2. Days begin at 00:00 %3.</source>
        <extracomment>%n sensors, %1 first day, %2 last day (long dates), %3 &quot;UTC&quot; or &quot;UTC+09:00&quot;</extracomment>
        <translation>
            <numerusform>This report summarises the packets that %n darknet sensor observed from %1 to %2. Days begin at 00:00 %3.</numerusform>
            <numerusform>This report summarises the packets that %n darknet sensors observed from %1 to %2. Days begin at 00:00 %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="109"/>
        <location filename="../widgets/reportbuilder.cpp" line="110"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="115"/>
        <source>In total %1 packets were observed from %2 source addresses. No packets were observed in the previous quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="117"/>
        <source>In total %1 packets were observed from %2 source addresses. No packets were observed in the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="124"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 more than in the previous quarter (%4 packets).</source>
        <extracomment>%1 packets, %2 sources, %3 the increase (&quot;12.3%&quot;), %4 previous quarter&apos;s packets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="126"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 more than in the previous period (%4 packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="129"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 fewer than in the previous quarter (%4 packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="131"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 fewer than in the previous period (%4 packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="143"/>
        <source>Most observed destination port: %1 (%2 of packets)</source>
        <extracomment>Overview bullet: %1 port (&quot;445/TCP&quot;), %2 its share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="145"/>
        <source>Most observed destination port: %1 (%2), %3 of packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="151"/>
        <source>Most observed source region: %1, %2 of packets</source>
        <extracomment>Overview bullet: %1 region name, %2 share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportbuilder.cpp" line="155"/>
        <source>Phenomena described in this report: %n</source>
        <translation>
            <numerusform>Phenomena described in this report: %n</numerusform>
            <numerusform>Phenomena described in this report: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="160"/>
        <source>2 Destination ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="164"/>
        <source>Table %1 lists the five destination ports that received the most packets, with their ranks in the previous period; Figure %2 shows their packets per day. The most observed port was %3, with %4 of all packets.</source>
        <extracomment>%1 table number, %2 figure number, %3 top port, %4 its share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="180"/>
        <source>3 Source regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="184"/>
        <source>Table %1 lists the five source regions that sent the most packets, with their ranks in the previous period; Figure %2 shows their packets per day. The most observed region was %3, with %4 of all packets. Regions are those of the country database named below; an address the database does not know is counted as “Unknown”.</source>
        <extracomment>%1 table number, %2 figure number, %3 top region, %4 its share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="203"/>
        <source>%1 Phenomena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="205"/>
        <source>No phenomenon stood out in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="210"/>
        <source>%1.%2 %3</source>
        <extracomment>Phenomenon subsection: %1 section, %2 index, %3 title (&quot;4.1 Surge of 53/UDP&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="226"/>
        <source>%1 About the data and references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="227"/>
        <source>Counts are packets that arrived at unused addresses of the sensors; rankings also show distinct source addresses. A destination port is written as port/protocol; all ICMP is counted as 0/ICMP. Shares are of all packets observed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="232"/>
        <source>Service names: IANA, “Service Name and Transport Protocol Port Number Registry”, https://www.iana.org/assignments/service-names-port-numbers/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="234"/>
        <source>Industrial control system ports: Idaho National Laboratory ITI, “ICS-Security-Tools: Control Systems Ports” (CC BY 4.0), https://github.com/ITI/ICS-Security-Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="236"/>
        <source>Scanner lists: publicly reported addresses of research and search-engine scanners (Shodan, Censys and others), kept in the workspace&apos;s scanner table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="242"/>
        <source>Country data: ip-location-db “geo-whois-asn-country”, derived from the Number Resource Organization (NRO) delegation statistics, CC BY 4.0, https://github.com/sapics/ip-location-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="245"/>
        <source>Country data: this product includes GeoLite2 data created by MaxMind, available from https://www.maxmind.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="248"/>
        <source>Country data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="20"/>
        <source>Write the quarterly report (PDF, or HTML with PNG figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="27"/>
        <source>Language of the report: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="27"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="29"/>
        <source>report.pdf, or a folder (ending in / or existing) for HTML and PNG figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="30"/>
        <source>FILE|DIR/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="32"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="33"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="35"/>
        <source>Leave out the phenomena section (skips the analysis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="42"/>
        <source>teiten report: drawing needs fonts, but this build started the command without a GUI application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="48"/>
        <source>teiten report: --out is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="53"/>
        <source>teiten report: --lang takes ja or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="58"/>
        <source>teiten report: --out must be a .pdf file or a folder ending in /, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="66"/>
        <source>teiten report: no %1 catalogue is built in; texts stay English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="74"/>
        <source>teiten report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="77"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <location filename="../widgets/reporthtmlwriter.cpp" line="64"/>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reporthtmlwriter.cpp" line="128"/>
        <location filename="../widgets/reporthtmlwriter.cpp" line="131"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../widgets/reportjob.cpp" line="18"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="22"/>
        <source>Looking for phenomena…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="34"/>
        <source>Building tables and figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="40"/>
        <source>Writing HTML and PNG figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="40"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="44"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="122"/>
        <location filename="../widgets/reportpdfwriter.cpp" line="222"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="133"/>
        <source>%1: cannot start the PDF painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="151"/>
        <source>•</source>
        <extracomment>Bullet of report lists</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="202"/>
        <source>%1: cannot add a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="214"/>
        <source>%1 / %2</source>
        <extracomment>Page number at the foot of report pages: %1 this page, %2 all pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="220"/>
        <source>%1: cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupScan</name>
    <message>
        <location filename="../models/rollupscan.cpp" line="38"/>
        <source>%1: roll-up segment %2 is damaged (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupscan.cpp" line="49"/>
        <source>%1: cannot read the hourly roll-ups: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupSegmentCodec</name>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="24"/>
        <source>truncated roll-up segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="25"/>
        <source>malformed varint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="33"/>
        <source>port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="38"/>
        <source>packet count out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="40"/>
        <source>byte count out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="80"/>
        <source>unknown roll-up segment format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="83"/>
        <source>entry count exceeds the segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="91"/>
        <source>trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerCatalog</name>
    <message>
        <location filename="../models/scannercatalog.cpp" line="61"/>
        <source>%1: cannot read the scanner list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannercatalog.cpp" line="104"/>
        <source>%1, line %2: expected at least scanner, address_or_prefix and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannercatalog.cpp" line="109"/>
        <source>%1, line %2: &quot;%3&quot; is not an address or prefix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerShareQuery</name>
    <message>
        <location filename="../models/scannersharequery.cpp" line="32"/>
        <source>known search-engine crawlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="34"/>
        <source>known research scanners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="36"/>
        <source>ZMap (IP ID 54321)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="38"/>
        <source>Masscan (IP ID fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="40"/>
        <source>Mirai (sequence number = destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="42"/>
        <source>other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="43"/>
        <source>known scanners (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="50"/>
        <source>crawlers</source>
        <extracomment>short table cell: known search-engine crawlers (Shodan, Censys)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="53"/>
        <source>research</source>
        <extracomment>short table cell: known research scanners</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="62"/>
        <source>other</source>
        <extracomment>short table cell: sources not identified as a known scanner or tool</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="117"/>
        <source>%1 %2 %</source>
        <extracomment>table cell: %1 short class name (&quot;crawlers&quot;, &quot;ZMap&quot;), %2 percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="128"/>
        <source>%1 % of %2 from %3</source>
        <extracomment>%1 percentage, %2 port or region (&quot;102/TCP&quot;), %3 class (&quot;known search-engine crawlers&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="132"/>
        <source>No packets of %1 from known scanners or recognised scanning tools</source>
        <extracomment>%1 port or region</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensorCatalog</name>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="90"/>
        <source>%1:%2: unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="102"/>
        <source>%1:%2: expected sensor,address_or_prefix[,region[,label]] but found %3 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="109"/>
        <source>%1:%2: invalid sensor name &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="113"/>
        <source>%1:%2: &apos;%3&apos; is not an address or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="120"/>
        <source>%1:%2: region &apos;%3&apos; is not a two-letter ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="126"/>
        <source>%1: more than %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="135"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="137"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="139"/>
        <source>%1: too large for a sensor list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <location filename="../app/seriescommand.cpp" line="19"/>
        <source>Daily or hourly packet series of the top ports or regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="27"/>
        <source>Series by port or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="27"/>
        <source>port|region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="28"/>
        <source>day or hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="28"/>
        <source>BUCKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="29"/>
        <source>Exactly these keys (comma-separated) instead of the top N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="30"/>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="41"/>
        <source>teiten series: --by takes port or region, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="50"/>
        <source>teiten series: --bucket takes day or hour, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="56"/>
        <source>teiten series: use --format csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="64"/>
        <source>teiten series: invalid service &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="72"/>
        <location filename="../app/seriescommand.cpp" line="83"/>
        <source>teiten series: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="64"/>
        <source>%1: no such workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="67"/>
        <source>%1: is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="84"/>
        <source>%1: cannot open workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="102"/>
        <location filename="../models/sqlitedatabase.cpp" line="113"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="123"/>
        <source>the workspace is being written by another process; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="126"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="127"/>
        <source>the workspace or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="129"/>
        <source>the workspace file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="130"/>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="52"/>
        <source>%1: database error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="258"/>
        <source>%1: no such workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="260"/>
        <source>%1: is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="265"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="268"/>
        <source>%1: not a Teiten workspace (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="274"/>
        <source>%1: is an empty file, not a workspace (choose a new name to create one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="276"/>
        <source>%1: workspace is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="279"/>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="283"/>
        <source>%1: the folder %2 is read-only, so the workspace cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="313"/>
        <source>%1: not a readable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="325"/>
        <source>%1: not a valid workspace (the database cannot be read: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="328"/>
        <source>%1: not a Teiten workspace (an empty SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="331"/>
        <source>%1: not a Teiten workspace (an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="334"/>
        <source>%1: made by a newer Teiten (schema version %2, this version reads up to %3); not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="339"/>
        <source>%1: not a valid workspace (no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="347"/>
        <source>%1: cannot write to the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="357"/>
        <source>%1: workspace schema version %2 must be upgraded; open it once for writing (for example with teiten import) to migrate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="373"/>
        <source>%1: damaged workspace (table %2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="377"/>
        <location filename="../models/workspace.cpp" line="379"/>
        <location filename="../models/workspace.cpp" line="456"/>
        <location filename="../models/workspace.cpp" line="459"/>
        <location filename="../models/workspace.cpp" line="460"/>
        <source>%1: damaged workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="395"/>
        <source>%1: cannot create the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="413"/>
        <source>cannot move %1 into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="424"/>
        <source>%1: damaged workspace (the file is truncated: %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="437"/>
        <source>%1: damaged workspace (the file is truncated: %2 bytes of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="464"/>
        <source>%1: damaged workspace (integrity check: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="520"/>
        <source>day boundary offset must be whole hours between -12:00 and +14:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <location filename="../models/workspaceschema.cpp" line="405"/>
        <source>%1: cannot migrate from schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspaceschema.cpp" line="434"/>
        <source>%1: migration from version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../app/workstation.cpp" line="66"/>
        <source>teiten: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workstation.cpp" line="220"/>
        <source>teiten: bad period &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workstation.cpp" line="237"/>
        <source>teiten: --import needs a workspace to import into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Usage: teiten [WORKSPACE.db]            open the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>       teiten COMMAND [OPTIONS]          run headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>&apos;teiten COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>teiten: unknown command or option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::DemoNetworkGenerator</name>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="562"/>
        <source>a file with that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="565"/>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="573"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="673"/>
        <source>Generation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="696"/>
        <source>Cannot build a packet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="740"/>
        <source>No output folder was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="743"/>
        <source>The scale must be a number above 0 and at most 10000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::DrillDownView</name>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="354"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="355"/>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="356"/>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="365"/>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="365"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="382"/>
        <source>›</source>
        <extracomment>Separator between breadcrumbs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="400"/>
        <source>Close the drill-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="400"/>
        <source>Go back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="417"/>
        <source>Loading sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="420"/>
        <source>Sources: %1 · Packets in total: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="433"/>
        <source>Loading sensors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="434"/>
        <source>Seen by %1 of %2 sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="440"/>
        <source>Loading flows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="442"/>
        <source>Flows: %1 (all loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="445"/>
        <source>Flows loaded: %1 (scroll for more)</source>
        <extracomment>More flows load as the table is scrolled down.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="452"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="453"/>
        <source>Export Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="454"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="468"/>
        <source>Daily packets of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::EventsModel</name>
    <message>
        <location filename="../models/eventsmodel.cpp" line="25"/>
        <source>surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="26"/>
        <source>ICS scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="27"/>
        <source>backscatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="28"/>
        <source>flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="57"/>
        <source>%1 (ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="66"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/eventsmodel.cpp" line="68"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="72"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="86"/>
        <source>Port / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="87"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="88"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="89"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="90"/>
        <source>Excess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="91"/>
        <source>Top sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="92"/>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="93"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::EventsView</name>
    <message>
        <location filename="../widgets/eventsview.cpp" line="79"/>
        <source>Nothing stood out in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/eventsview.cpp" line="80"/>
        <source>%n event(s) in %1.</source>
        <translation>
            <numerusform>%n event in %1.</numerusform>
            <numerusform>%n events in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="136"/>
        <source>Chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="148"/>
        <source>Looking for surges, scans and backscatter in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="192"/>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="212"/>
        <source>Select an event to see why it stood out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="213"/>
        <source>Export Figure…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::FigureExportDialog</name>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="101"/>
        <location filename="../widgets/figureexportdialog.cpp" line="142"/>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="102"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="103"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="104"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="105"/>
        <location filename="../widgets/figureexportdialog.cpp" line="106"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="108"/>
        <source> dpi</source>
        <extracomment>dots per inch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="109"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="139"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="140"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="141"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::FilesModel</name>
    <message>
        <location filename="../models/filesmodel.cpp" line="45"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="46"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="47"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="120"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="121"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="122"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="123"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="124"/>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="125"/>
        <source>First packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="126"/>
        <source>Last packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="127"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::FilterBar</name>
    <message>
        <location filename="../widgets/filterbar.cpp" line="99"/>
        <source>Only traffic seen by this sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="102"/>
        <source>All sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="103"/>
        <source>Any protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="104"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="105"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="106"/>
        <source>Source address or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="107"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="108"/>
        <source>Remove every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="126"/>
        <source>Unknown protocol. Write TCP, UDP, ICMP, ICMPv6, GRE or an IP protocol number from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="128"/>
        <source>Unknown region. Write an ISO 3166-1 code such as CN, a region name, or ZZ for unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="130"/>
        <source>A port is a whole number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="132"/>
        <source>The prefix length must be 0 to 32 for an IPv4 address and 0 to 128 for IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="134"/>
        <source>Not an address or prefix. Write e.g. 192.0.2.1, 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="188"/>
        <source>Only this IP protocol (TCP, UDP, ICMP, … or a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="190"/>
        <source>Only sources from this region (ISO code such as CN, or a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="191"/>
        <source>Only this destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="193"/>
        <source>Only sources in this address or prefix, e.g. 192.0.2.0/24</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::FlowsModel</name>
    <message>
        <location filename="../models/flowsmodel.cpp" line="189"/>
        <source>First packet %1, last packet %2</source>
        <extracomment>%1 and %2 are times; one flow tuple aggregates the packets of one hour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="256"/>
        <source>Time (%1)</source>
        <extracomment>%1 is the clock, &quot;UTC&quot; or &quot;UTC+09:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="257"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="258"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="259"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="260"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="261"/>
        <source>Src port / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="262"/>
        <source>Dst port / code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="263"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="264"/>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="265"/>
        <source>IP length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="266"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="267"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::HeatStripDelegate</name>
    <message>
        <location filename="../widgets/heatstripdelegate.cpp" line="118"/>
        <source>%1: %2 packets</source>
        <extracomment>Tooltip on one day of a heat strip: %1 date, %2 packets that day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::IcsPortsModel</name>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="103"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="113"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="114"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="115"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="116"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="117"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="118"/>
        <source>From search-engine crawlers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::IcsView</name>
    <message>
        <location filename="../widgets/icsview.cpp" line="123"/>
        <source>No control-system ports were probed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/icsview.cpp" line="124"/>
        <source>%n control-system port(s) probed in %1.</source>
        <translation>
            <numerusform>%n control-system port probed in %1.</numerusform>
            <numerusform>%n control-system ports probed in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/icsview.cpp" line="141"/>
        <source>Chart of control-system ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/icsview.cpp" line="88"/>
        <source>%1 (%2): %3 packets, %4 sensor(s)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/icsview.cpp" line="91"/>
        <source>, known %1 scanner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::ImportProblemsDialog</name>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="21"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="22"/>
        <source>partly imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="23"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="24"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="25"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="33"/>
        <source>Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="41"/>
        <source>%1 files, %2 packets imported in %3 s; %4 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="45"/>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="69"/>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::ImportProgressWidget</name>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="20"/>
        <source>%1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="24"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="52"/>
        <source>Preparing import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="57"/>
        <location filename="../widgets/importprogresswidget.cpp" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="76"/>
        <source>estimating time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="78"/>
        <source>building the quarters&apos; rankings and series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="81"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="83"/>
        <source>finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="86"/>
        <source>Importing file %1 of %2 · %3 packets · %4 packets/s · %5</source>
        <extracomment>import progress in the status bar: %1 files done, %2 files total, %3 packets, %4 packets per second, %5 time left</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="189"/>
        <source>Drill-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="190"/>
        <location filename="../widgets/mainwindow.cpp" line="323"/>
        <source>Drill-down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="232"/>
        <location filename="../widgets/mainwindow.cpp" line="590"/>
        <source>Teiten workspaces (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="239"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="240"/>
        <source>Teiten workspaces (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="265"/>
        <source>About Teiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Teiten %1&lt;/b&gt; — darknet sensor analysis workstation.&lt;/p&gt;&lt;p&gt;Region data: the bundled sample uses its own database; the public country database is derived from NRO delegation data via ip-location-db (CC BY 4.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="297"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="298"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="299"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="300"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="301"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="302"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="303"/>
        <source>&amp;Import Captures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="304"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="305"/>
        <source>Export &amp;Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="306"/>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="307"/>
        <source>&amp;Verify Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="308"/>
        <source>Run the full integrity check of the workspace, even if it is unchanged since it last passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="309"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="310"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="311"/>
        <source>&amp;About Teiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="312"/>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="313"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="315"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="318"/>
        <source>ICS</source>
        <extracomment>Tab of industrial control system ports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="325"/>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="342"/>
        <location filename="../widgets/mainwindow.cpp" line="373"/>
        <location filename="../widgets/mainwindow.cpp" line="378"/>
        <source>Teiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="343"/>
        <source>Open a workspace or drop capture files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="348"/>
        <source>%1 — %2 — Teiten</source>
        <extracomment>window title: %1 workspace file name, %2 period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="349"/>
        <source>%1 — Teiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="379"/>
        <source>%1 was written by an older version of Teiten. Upgrade it to open it here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="381"/>
        <source>The upgrade changes how the workspace stores its flows; for a large workspace it takes minutes. Older versions of Teiten cannot open it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="383"/>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="393"/>
        <source>Upgrading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="404"/>
        <source>Could not upgrade the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="420"/>
        <source>Checking the integrity of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="421"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="438"/>
        <source>Could not open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="449"/>
        <source>%1 passed the full integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="457"/>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="488"/>
        <source>Could not create the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="558"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="562"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="572"/>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="579"/>
        <source>Import Captures</source>
        <extracomment>file dialog filter; %1 is the list of name patterns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="580"/>
        <source>Captures (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="589"/>
        <source>New Workspace for the Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="605"/>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="627"/>
        <source>Import cancelled after %1 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="629"/>
        <source>Imported %1 packets from %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="699"/>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="700"/>
        <source>An import is running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="774"/>
        <source>This view shows nothing that can be exported as a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="810"/>
        <source>Exporting the figure to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="815"/>
        <source>Could not export the figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="819"/>
        <source>Figure written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="834"/>
        <source>Open a workspace first: the report is made from its captures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="838"/>
        <source>A report is already being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="858"/>
        <source>Choose a period for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="870"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="871"/>
        <source>Preparing the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="890"/>
        <source>Writing the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="911"/>
        <source>Report export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="913"/>
        <source>Could not write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="918"/>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="922"/>
        <source>Report Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="922"/>
        <source>The report was written to %1.

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::PeriodBar</name>
    <message>
        <location filename="../widgets/periodbar.cpp" line="68"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="69"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="70"/>
        <source>Compare with previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="71"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="72"/>
        <source>Last day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="91"/>
        <source>%1 Q%2</source>
        <extracomment>quarter preset, e.g. &quot;2013 Q3&quot;; %1 year, %2 quarter number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="94"/>
        <source>   %2 %1</source>
        <extracomment>month preset, indented below its quarter: %1 year, %2 localised month name (&quot;July&quot;; ja &quot;7月&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="95"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="122"/>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="139"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="149"/>
        <source>No data in this workspace yet: import captures first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::RankingModel</name>
    <message>
        <location filename="../models/rankingmodel.cpp" line="171"/>
        <source>%1%</source>
        <extracomment>a share of all packets, e.g. &quot;12.34%&quot;; %1 is the localised number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="177"/>
        <source>new</source>
        <extracomment>previous-period rank column: the key was not ranked in the previous period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="187"/>
        <source>Not seen in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="189"/>
        <source>Up from rank %1 in %2 (%3 packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="192"/>
        <source>Down from rank %1 in %2 (%3 packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="195"/>
        <source>Same rank in %1 (%2 packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="228"/>
        <source>Show %1 in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="269"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="270"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="270"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="271"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="271"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="272"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="273"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="274"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="277"/>
        <source>Previous</source>
        <extracomment>column header: rank in the previous period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="280"/>
        <source>Scanners</source>
        <extracomment>column header: share of packets from known scanners and scanning tools</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="285"/>
        <source>Distinct source addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="286"/>
        <source>Share of all packets in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="287"/>
        <source>Rank in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="288"/>
        <source>IANA service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="290"/>
        <source>Share of the packets from known research and search-engine scanners (by list) and from ZMap, Masscan and Mirai (by packet fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::RankingPane</name>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="91"/>
        <source>Source regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="91"/>
        <source>Destination ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="92"/>
        <source>Packets by source region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="92"/>
        <source>Packets by destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="112"/>
        <location filename="../widgets/rankingpane.cpp" line="115"/>
        <source>%1 (%2)</source>
        <extracomment>chart legend entry for a region: %1 localised name, %2 ISO code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="136"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="139"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::RankingView</name>
    <message>
        <location filename="../widgets/rankingview.cpp" line="114"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="115"/>
        <source>Export Table as Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="118"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="118"/>
        <source>Top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="120"/>
        <location filename="../widgets/rankingview.cpp" line="245"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="121"/>
        <source>Copy the selected rows (or the whole table) as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="122"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="123"/>
        <source>Save the table as CSV or TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="193"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="207"/>
        <location filename="../widgets/rankingview.cpp" line="216"/>
        <source>Save Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="208"/>
        <source>CSV files (*.csv);;TSV files (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="230"/>
        <source>Drill Down into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="232"/>
        <source>Chart Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="234"/>
        <source>Remove %1 from Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="234"/>
        <source>Add %1 to Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="246"/>
        <source>Export as CSV or TSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::RenderJob</name>
    <message>
        <location filename="../widgets/renderjob.cpp" line="43"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::ReportExportDialog</name>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="103"/>
        <location filename="../widgets/reportexportdialog.cpp" line="127"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="104"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="105"/>
        <source>Folder (HTML with PNG figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="106"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="123"/>
        <source>Folder for the HTML Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="127"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::SensorActivityModel</name>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="96"/>
        <source>%1 / %2</source>
        <extracomment>Days with traffic out of the period&apos;s days, e.g. &quot;12 / 92&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="119"/>
        <source>No packets in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="124"/>
        <source>Busiest day %1: %2 packets. Traffic on %3 of %4 days.</source>
        <extracomment>%1 date of the busiest day, %2 its packets, %3 days with traffic, %4 days in the period.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="134"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="135"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="136"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="137"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="138"/>
        <source>Days active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="139"/>
        <source>Packets per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::SensorsModel</name>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="182"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="219"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="220"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="221"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="222"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="223"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="224"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::SensorsPanel</name>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="56"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="57"/>
        <source>Include every sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="58"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="59"/>
        <source>Exclude every sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="74"/>
        <source>No sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="74"/>
        <source>%1 of %2 sensors included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="68"/>
        <source>Country Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="69"/>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="124"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="125"/>
        <source>&amp;Country database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="126"/>
        <source>GeoLite2/GeoIP2 or another country .mmdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="127"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="128"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="129"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="130"/>
        <source>&amp;Day boundary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="131"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="132"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="133"/>
        <source>Days start at this offset from UTC (stored in the workspace), e.g. +9 for Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="134"/>
        <source>Default &amp;top N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="137"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="137"/>
        <source>Top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="139"/>
        <source>Chart &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::SourcesModel</name>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="103"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="122"/>
        <source>Packets from this source match the header patterns of %1.</source>
        <extracomment>Tooltip on the fingerprint column; %1 lists tool names such as &quot;ZMap, Masscan&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="127"/>
        <source>%1: %2</source>
        <extracomment>tooltip: %1 class (&quot;known search-engine crawlers&quot;), %2 scanner name from the list (&quot;shodan&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="175"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="176"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="177"/>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="178"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="179"/>
        <source>Sensors hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="180"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="182"/>
        <source>First seen (%1)</source>
        <extracomment>%1 is the clock, &quot;UTC&quot; or &quot;UTC+09:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="184"/>
        <source>Last seen (%1)</source>
        <extracomment>%1 is the clock, &quot;UTC&quot; or &quot;UTC+09:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="185"/>
        <source>Tool fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="187"/>
        <source>Scanner class</source>
        <extracomment>column header: the source&apos;s scanner class (known crawler, research scanner, ZMap, …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>teiten::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="77"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="78"/>
        <source>Logarithmic packet axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="79"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="197"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="236"/>
        <source>%1
%2
%3 packets</source>
        <extracomment>chart tooltip: %1 series name, %2 date, %3 packets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="87"/>
        <location filename="../widgets/timeserieschart.cpp" line="286"/>
        <source>Packets per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="80"/>
        <source>Drag a rectangle on the chart to zoom in; the right button&apos;s menu zooms out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="81"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="82"/>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="83"/>
        <source>Export Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="84"/>
        <source>Save this chart as a published figure (PNG, SVG or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="87"/>
        <location filename="../widgets/timeserieschart.cpp" line="286"/>
        <source>Packets per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
