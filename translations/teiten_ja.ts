<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AmplificationCatalog</name>
    <message>
        <location filename="../models/amplificationcatalog.cpp" line="40"/>
        <source>%1, line %2: expected 9 tab-separated columns</source>
        <translation>%1、%2行目：タブ区切りの列が9個必要です</translation>
    </message>
    <message>
        <location filename="../models/amplificationcatalog.cpp" line="49"/>
        <source>%1, line %2: bad transport or port</source>
        <translation>%1、%2行目：トランスポートまたはポートが不正です</translation>
    </message>
</context>
<context>
    <name>AnalysisQueries</name>
    <message>
        <source>%1: query failed: %2</source>
        <translation type="vanished">%1：クエリに失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <location filename="../models/capturereader.cpp" line="116"/>
        <source>Cannot open capture file %1: the file does not exist.</source>
        <translation>キャプチャファイル %1 を開けません：ファイルが存在しません。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="119"/>
        <source>Cannot open capture file %1: it is a folder, not a file.</source>
        <translation>キャプチャファイル %1 を開けません：ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="126"/>
        <source>Cannot open capture file %1: %2</source>
        <translation>キャプチャファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="137"/>
        <source>Cannot read capture file %1: input/output error.</source>
        <translation>キャプチャファイル %1 を読み込めません：入出力エラーです。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="138"/>
        <source>Capture file %1 is empty.</source>
        <translation>キャプチャファイル %1 は空です。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="146"/>
        <source>Cannot open compressed capture file %1: %2</source>
        <translation>圧縮されたキャプチャファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="155"/>
        <source>Cannot decompress capture file %1: %2</source>
        <translation>キャプチャファイル %1 を展開できません：%2</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="159"/>
        <source>Compressed capture file %1 is empty.</source>
        <translation>圧縮されたキャプチャファイル %1 は空です。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="165"/>
        <source>%1 is not a capture file: the decompressed data starts with neither a pcap nor a pcapng magic number.</source>
        <translation>%1 はキャプチャファイルではありません：展開したデータの先頭が pcap と pcapng のどちらのマジックナンバーでもありません。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="176"/>
        <source>Cannot open compressed capture file %1.</source>
        <translation>圧縮されたキャプチャファイル %1 を開けません。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="186"/>
        <source>%1 is not a capture file: it starts with neither a pcap nor a pcapng magic number.</source>
        <translation>%1 はキャプチャファイルではありません：先頭が pcap と pcapng のどちらのマジックナンバーでもありません。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="223"/>
        <source>Cannot read capture file %1: %2</source>
        <translation>キャプチャファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="291"/>
        <source>Capture file %1 uses link type %2 (%3), which Teiten cannot decode.</source>
        <translation>キャプチャファイル %1 のリンクタイプ %2（%3）は Teiten では解析できません。</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="336"/>
        <source>%1 (gzip: %2)</source>
        <translation>%1（gzip:%2）</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="339"/>
        <source>unknown libpcap error</source>
        <translation>不明な libpcap のエラー</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="340"/>
        <source>Capture file %1 is damaged after %2 packets: %3</source>
        <translation>キャプチャファイル %1 は %2 パケット目以降が壊れています：%3</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="361"/>
        <source>Cannot re-read the packet at offset %1 of capture file %2: %3</source>
        <translation>キャプチャファイル %2 のオフセット %1 にあるパケットを読み直せません：%3</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="379"/>
        <location filename="../models/capturereader.cpp" line="385"/>
        <location filename="../models/capturereader.cpp" line="394"/>
        <location filename="../models/capturereader.cpp" line="405"/>
        <source>no record starts there</source>
        <translation>その位置から始まるレコードがありません</translation>
    </message>
    <message>
        <location filename="../models/capturereader.cpp" line="398"/>
        <source>the file ends there</source>
        <translation>ファイルがそこで終わっています</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <location filename="../models/capturewriter.cpp" line="142"/>
        <source>Cannot create capture file %1: %2</source>
        <translation>キャプチャファイル %1 を作成できません：%2</translation>
    </message>
    <message>
        <location filename="../models/capturewriter.cpp" line="152"/>
        <source>Capture file %1 is already closed.</source>
        <translation>キャプチャファイル %1 は既に閉じられています。</translation>
    </message>
    <message>
        <location filename="../models/capturewriter.cpp" line="189"/>
        <location filename="../models/capturewriter.cpp" line="214"/>
        <source>Cannot write capture file %1: %2</source>
        <translation>キャプチャファイル %1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <location filename="../models/eventtypes.cpp" line="38"/>
        <source>amplification attack</source>
        <translation>増幅攻撃</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="39"/>
        <source>%1 amplification attack</source>
        <translation>%1 増幅攻撃</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="41"/>
        <source>open-resolver scanning</source>
        <translation>オープンリゾルバーを探すスキャン</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="42"/>
        <source>reflector scanning</source>
        <translation>リフレクターを探すスキャン</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="43"/>
        <source>%1 reflector scanning</source>
        <translation>%1 リフレクターを探すスキャン</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="44"/>
        <source>scanning</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="45"/>
        <source>control-system scanning</source>
        <translation>制御システムのスキャン</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="46"/>
        <source>DoS victim (backscatter)</source>
        <translation>DoS 攻撃の被害者（バックスキャッター）</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="48"/>
        <source>reflection attack aimed at a sensor address</source>
        <translation>センサーアドレスを狙ったリフレクション攻撃</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="51"/>
        <source>spoofed-source flood aimed at a sensor address</source>
        <translation>送信元を詐称したセンサーアドレスへのフラッド攻撃</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="52"/>
        <source>spoofed-source %1 flood aimed at a sensor address</source>
        <translation>送信元を詐称したセンサーアドレスへの %1 フラッド攻撃</translation>
    </message>
    <message>
        <location filename="../models/eventtypes.cpp" line="55"/>
        <source>unclassified</source>
        <translation>未分類</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/clicommand.cpp" line="44"/>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <location filename="../app/clicommand.cpp" line="47"/>
        <source>teiten %1: %2</source>
        <translation>teiten %1: %2</translation>
    </message>
    <message>
        <location filename="../app/clicommand.cpp" line="48"/>
        <source>Try &apos;teiten %1 --help&apos;.</source>
        <translation>&apos;teiten %1 --help&apos; で使い方を確認してください。</translation>
    </message>
</context>
<context>
    <name>CliQueryOptions</name>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="11"/>
        <source>Workspace database file.</source>
        <translation>ワークスペースのデータベースファイル。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="11"/>
        <source>W.db</source>
        <translation>W.db</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="12"/>
        <source>Period: 2013Q3, 2013-09 or 2013-07-01..2013-09-30.</source>
        <translation>期間：2013Q3、2013-09、2013-07-01..2013-09-30 のいずれかの形式。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="12"/>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="13"/>
        <source>Output format: table, csv or json.</source>
        <translation>出力形式：table、csv、json のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="13"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="14"/>
        <source>Only the first N rows (0 = all).</source>
        <translation>先頭の N 行のみ（0 = すべて）。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="14"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="15"/>
        <source>Only these sensors (comma-separated names).</source>
        <translation>指定したセンサーのみ（名前をカンマ区切りで）。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="15"/>
        <source>NAMES</source>
        <translation>NAMES</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="16"/>
        <source>Only this service, e.g. 53/UDP.</source>
        <translation>指定したサービスのみ（例：53/UDP）。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="16"/>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="17"/>
        <source>Only sources from this region (ISO code, e.g. CN).</source>
        <translation>指定した地域の送信元のみ（ISO コード、例：CN）。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="17"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="18"/>
        <source>Only sources in this address or prefix.</source>
        <translation>指定したアドレスまたはプレフィックス内の送信元のみ。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="18"/>
        <source>PREFIX</source>
        <translation>PREFIX</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="19"/>
        <source>Only this IP protocol (TCP, UDP, ICMP, …).</source>
        <translation>指定した IP プロトコルのみ（TCP、UDP、ICMP など）。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="19"/>
        <source>PROTO</source>
        <translation>PROTO</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="20"/>
        <source>Only this destination port.</source>
        <translation>指定した宛先ポートのみ。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="20"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="22"/>
        <source>Run the full integrity check of the workspace even if it is unchanged since it last passed.</source>
        <translation>前回の整合性チェックに合格してから変更がない場合でも、ワークスペースの整合性チェックを完全に実行します。</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="51"/>
        <source>teiten: --db is required</source>
        <translation>teiten: --db の指定が必要です</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="56"/>
        <source>teiten: --period is required (e.g. 2013Q3)</source>
        <translation>teiten: --period の指定が必要です（例：2013Q3）</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="61"/>
        <source>teiten: invalid period &apos;%1&apos; (use 2013Q3, 2013-09 or 2013-07-01..2013-09-30)</source>
        <translation>teiten: 期間 &apos;%1&apos; は不正です（2013Q3、2013-09、2013-07-01..2013-09-30 の形式で指定してください）</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="69"/>
        <source>teiten: unknown format &apos;%1&apos; (use table, csv or json)</source>
        <translation>teiten: 不明な出力形式 &apos;%1&apos; です（table、csv、json のいずれかを指定してください）</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="76"/>
        <source>teiten: --top takes a whole number ≥ 0, not &apos;%1&apos;</source>
        <translation>teiten: --top には 0 以上の整数を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="84"/>
        <source>teiten: invalid service &apos;%1&apos; (e.g. 445/TCP, 0/ICMP, fragment/UDP)</source>
        <translation>teiten: サービス &apos;%1&apos; は不正です（例：445/TCP、0/ICMP、fragment/UDP）</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="93"/>
        <source>teiten: invalid region &apos;%1&apos; (an ISO 3166-1 code such as CN)</source>
        <translation>teiten: 地域 &apos;%1&apos; は不正です（CN のような ISO 3166-1 コードを指定してください）</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="102"/>
        <source>teiten: invalid source address or prefix &apos;%1&apos;</source>
        <translation>teiten: 送信元アドレスまたはプレフィックス &apos;%1&apos; は不正です</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="110"/>
        <source>teiten: unknown protocol &apos;%1&apos;</source>
        <translation>teiten: 不明なプロトコル &apos;%1&apos; です</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="119"/>
        <source>teiten: invalid port &apos;%1&apos;</source>
        <translation>teiten: ポート &apos;%1&apos; は不正です</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="127"/>
        <location filename="../app/cliqueryoptions.cpp" line="136"/>
        <location filename="../app/cliqueryoptions.cpp" line="142"/>
        <source>teiten: %1</source>
        <translation>teiten: %1</translation>
    </message>
    <message>
        <location filename="../app/cliqueryoptions.cpp" line="148"/>
        <source>teiten: no sensor named &apos;%1&apos; in %2</source>
        <translation>teiten: %2 に &apos;%1&apos; という名前のセンサーはありません</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/democommand.cpp" line="17"/>
        <source>Write the sample sensor network (two quarters, 12 sensors)</source>
        <translation>サンプルのセンサーネットワークを書き出す（2四半期、センサー12台）</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="22"/>
        <source>Folder to write into.</source>
        <translation>書き出し先のフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="22"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="23"/>
        <source>Size factor (1 ≈ 300,000 packets).</source>
        <translation>規模の倍率（1 ≒ 300,000 パケット）。</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="23"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="25"/>
        <source>Random seed.</source>
        <translation>乱数のシード。</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="25"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="31"/>
        <source>teiten demo: --out is required</source>
        <translation>teiten demo: --out の指定が必要です</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="40"/>
        <source>teiten demo: --scale takes a number between 0 and 10000, not &apos;%1&apos;</source>
        <translation>teiten demo: --scale には 0 より大きく 10000 以下の数を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="44"/>
        <source>teiten demo: --seed takes a whole number, not &apos;%1&apos;</source>
        <translation>teiten demo: --seed には整数を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="50"/>
        <source>writing sample network… %1%</source>
        <translation>サンプルネットワークを書き出し中… %1%</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="57"/>
        <source>teiten demo: %1</source>
        <translation>teiten demo: %1</translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="60"/>
        <source>Wrote %1 packets in %2 capture files to %3 (%4 s)</source>
        <translation>%1 パケットを %2 個のキャプチャファイルとして %3 に書き出しました（%4 秒）</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../models/displayformat.cpp" line="36"/>
        <source>%1%</source>
        <extracomment>A share of the total, e.g. &quot;12.3%&quot;; %1 is the number.</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <location filename="../app/drillcommand.cpp" line="24"/>
        <source>Drill into one service: sources, sensors, payloads, scanners</source>
        <translation>1つのサービスを掘り下げる：送信元、センサー、ペイロード、スキャナー</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="34"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation>既知スキャナーのリスト（CSV）。ユーザー設定や組み込みのリストの代わりに使います。</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="35"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="43"/>
        <source>teiten drill: --service is required (e.g. --service 53/UDP)</source>
        <translation>teiten drill: --service の指定が必要です（例：--service 53/UDP）</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="48"/>
        <location filename="../app/drillcommand.cpp" line="60"/>
        <source>teiten drill: %1</source>
        <translation>teiten drill: %1</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>share %</source>
        <translation>割合 %</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="104"/>
        <source>sensors</source>
        <translation>センサー数</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="105"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="105"/>
        <source>scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="105"/>
        <source>scanner class</source>
        <translation>スキャナー分類</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>request</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../app/drillcommand.cpp" line="120"/>
        <source>amplification</source>
        <translation>増幅</translation>
    </message>
</context>
<context>
    <name>EpisodeClassifier</name>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="59"/>
        <source>%1 (%2, %3 %)</source>
        <translation>%1（%2、%3 %）</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/episodeclassifier.cpp" line="63"/>
        <source>%n source(s) sent %1 % of the %2 packets: %3.</source>
        <translation>
            <numerusform>%n 件の送信元が %2 パケットの %1 % を送信しました：%3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="65"/>
        <source>%1 distinct sources in all.</source>
        <translation>送信元は全体で %1 件（重複なし）です。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="68"/>
        <source>a single sensor</source>
        <translation>単一のセンサー</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="69"/>
        <source>spread evenly over the sensors hit</source>
        <translation>到達したセンサーに均等に分散</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="70"/>
        <source>concentrated on a few sensors</source>
        <translation>少数のセンサーに集中</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="71"/>
        <source>Sensors hit: %1 of %2; per-sensor packets vary by a coefficient of variation of %3 (%4).</source>
        <translation>到達したセンサー：%2 台中 %1 台。センサーごとのパケット数の変動係数は %3（%4）です。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="80"/>
        <source>%1: TTL %2–%3 (%4 distinct), %5 source port(s), %6 sensor(s), seen %7 to %8.</source>
        <translation>%1:TTL %2〜%3（%4 種類）、送信元ポート %5 個、センサー %6 台、観測期間 %7〜%8。</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/episodeclassifier.cpp" line="93"/>
        <source>%1 % of the packets came from %2 (%n source(s)).</source>
        <translation>
            <numerusform>パケットの %1 % は %2（送信元 %n 件）からのものでした。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="103"/>
        <source>%1 rose from a baseline of about %2 packets a day to %3 on %4 (%5 × the baseline).</source>
        <translation>%1 は平常時の1日あたり約 %2 パケットから、%4 には %3 パケットに増加しました（平常時の %5 倍）。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="106"/>
        <source>%1 rose from almost nothing to %2 packets on %3.</source>
        <translation>%1 はほとんど観測されていない状態から、%3 には %2 パケットに増加しました。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="109"/>
        <source>%1 packets above the baseline from %2 to %3.</source>
        <translation>%2〜%3 に平常時を %1 パケット上回りました。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="112"/>
        <source>It came in bursts: %1 of its %2 days were elevated; the quiet days between were bridged.</source>
        <translation>増加は断続的で、%2 日間のうち %1 日で増加が見られました（間の静かな日も同じ事象として扱っています）。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="116"/>
        <source>It was still going on at the end of the period.</source>
        <translation>期間の終わりの時点でも継続していました。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="141"/>
        <source>%1 % of the driving sources&apos; packets are requests for large answers: %2, bandwidth amplification factor %3 (Rossow, NDSS 2014).</source>
        <translation>主な送信元からのパケットの %1 % は大きな応答を求める要求でした：%2、帯域増幅率 %3（Rossow, NDSS 2014）。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="146"/>
        <source>Most common query: %1 %2, recursion desired %3, EDNS0 buffer %4 (%5 % of packets).</source>
        <translation>最も多い問い合わせ：%1 %2、再帰要求 %3、EDNS0 バッファー %4（パケットの %5 %）。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="148"/>
        <source>set</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="148"/>
        <source>not set</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="149"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="153"/>
        <source>Few sources asking many unused addresses for large answers cannot be scanning: the source addresses are spoofed. They are the victims of a reflection attack (%1), and the sensors were probed as would-be amplifiers.</source>
        <translation>少数の送信元が多数の未使用アドレスに大きな応答を求めることは、スキャンでは説明できません。送信元アドレスは詐称されており、それらはリフレクション攻撃（%1）の被害者です。センサーは増幅器の候補として探られました。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="162"/>
        <source>Many sources each probed many sensors on %1: scanning for open resolvers.</source>
        <translation>多数の送信元がそれぞれ多数のセンサーの %1 を探索しました：オープンリゾルバーを探すスキャンです。</translation>
    </message>
    <message>
        <location filename="../models/episodeclassifier.cpp" line="163"/>
        <source>Many sources each probed many sensors on %1, a service abused for amplification: scanning for reflectors.</source>
        <translation>多数の送信元がそれぞれ多数のセンサーの %1（増幅攻撃に悪用されるサービス）を探索しました：リフレクターを探すスキャンです。</translation>
    </message>
</context>
<context>
    <name>EventAnalyzer</name>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="100"/>
        <source>Analysis cancelled</source>
        <translation>分析を中止しました</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="232"/>
        <source>%1 (%2): first packet of the wave on %3; %4 packets a day before, %5 after.</source>
        <translation>%1（%2）：%3 に一連の探索の最初のパケットを観測。1日あたりのパケット数は、それ以前 %4、以後 %5。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="252"/>
        <source>Scanning of control-system ports started on %1: %2 (ports from the Digital Bond / ITI and Malcolm lists), after %3 packets a day on all such ports before.</source>
        <translation>%1 に制御システムのポートへのスキャンが始まりました：%2（ポートは Digital Bond / ITI と Malcolm のリストによる）。それ以前はこれらのポート全体で1日あたり %3 パケットでした。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="361"/>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="377"/>
        <source>%1 (%2) sent %3 unsolicited replies (%4) to %5 addresses on %6 of %7 sensors, %8.</source>
        <translation>%1（%2）が、センサー %7 台中 %6 台の %5 アドレスに、要求していない応答（%4）を %3 パケット送信しました（%8）。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="383"/>
        <source>About %1 replies an hour%2: replies to packets our sensors never sent mean %3 was flooded with randomly spoofed sources, a denial-of-service victim (Moore et al., USENIX Security 2001).</source>
        <translation>1時間あたり約 %1 件の応答%2。センサーが送っていないパケットへの応答は、%3 がランダムに詐称された送信元から大量のパケットを受けたこと、すなわちサービス妨害攻撃の被害者であることを示します（Moore ほか, USENIX Security 2001）。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="387"/>
        <source> from %1</source>
        <translation>（%1 から）</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/eventanalyzer.cpp" line="392"/>
        <source>ICMP errors came from %n host(s) on the way (%1); the packets they quote went from our addresses to %2, so %2 is the victim, not the sender of the errors.</source>
        <translation>
            <numerusform>ICMP エラーは経路上の %n 台のホスト（%1）から届きました。引用されたパケットはセンサーのアドレスから %2 宛てに送られたものなので、被害者はエラーの送信元ではなく %2 です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="401"/>
        <source>%1 servers sent %2 replies (%3) to sensor address %4, %5.</source>
        <translation>%1 台のサーバーがセンサーのアドレス %4 に応答（%3）を %2 パケット送信しました（%5）。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="404"/>
        <source>Many servers answering one address that asked nothing: the address was spoofed as the victim of a reflection attack.</source>
        <translation>何も問い合わせていない1つのアドレスに多数のサーバーが応答しています：このアドレスはリフレクション攻撃の被害者として詐称されました。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="451"/>
        <source>%1 packets (%2) to %3 %4 from %5 different source addresses, %6 to %7 (%8 packets a second), %9 per source.</source>
        <translation>%3 の %4 宛てに %5 個の異なる送信元アドレスから %1 パケット（%2）、%6 から %7 まで（毎秒 %8 パケット）、送信元あたり %9 パケット。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="456"/>
        <source>Only %1 of these sources were seen at any other sensor address within a day: they scan nothing. Source addresses forged at random for each packet mean that %2 itself was the target of a denial-of-service flood (the spoofed side of Moore et al.&apos;s inference).</source>
        <translation>これらの送信元のうち、1日以内に他のセンサーアドレスで観測されたのは %1 件だけで、スキャンはしていません。パケットごとにランダムに詐称された送信元アドレスは、%2 自体がサービス妨害のフラッド攻撃の標的だったことを示します（Moore ほかの推定を詐称される側から見たもの）。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="466"/>
        <source>%1 % of the packets arrived with TTL %2: one sender behind all these addresses (hop-count consistency; Jin, Wang and Shin, ACM CCS 2003).</source>
        <translation>パケットの %1 % が TTL %2 で届きました：これらすべてのアドレスの背後にいる送信者は一つです（ホップ数の一貫性、Jin, Wang, Shin, ACM CCS 2003）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/eventanalyzer.cpp" line="470"/>
        <source>The packets arrived with %n different TTL values (%1 % with %2): many senders, as from a botnet.</source>
        <translation>
            <numerusform>パケットは %n 種類の TTL で届きました（%1 % が %2）：ボットネットのように多数の送信者がいます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="520"/>
        <source>The same sources also raised region %1 (%2 packets above its baseline).</source>
        <translation>同じ送信元により地域 %1 のパケット数も増加しました（平常時より %2 パケット多い）。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="549"/>
        <source>These replies also raised %1 (%2 packets above its baseline).</source>
        <translation>これらの応答により %1 も増加しました（平常時より %2 パケット多い）。</translation>
    </message>
    <message>
        <location filename="../models/eventanalyzer.cpp" line="567"/>
        <source>%1 replies (%2) from %3 hosts reached %4 during the flood: the owners of forged source addresses answering what the target sent them, part of the same attack.</source>
        <translation>フラッド攻撃の間に %3 台のホストから %1 件の応答（%2）が %4 に届きました：詐称された送信元アドレスの本来の持ち主が標的からのパケットに応答したもので、同じ攻撃の一部です。</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <location filename="../app/eventscommand.cpp" line="21"/>
        <source>List the period&apos;s surges, scans and attacks with their evidence</source>
        <translation>期間中の急増・スキャン・攻撃を根拠とともに一覧表示する</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="29"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation>既知スキャナーのリスト（CSV）。ユーザー設定や組み込みのリストの代わりに使います。</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="30"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="35"/>
        <source>teiten events: --format takes table or json</source>
        <translation>teiten events: --format には table または json を指定してください</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="42"/>
        <location filename="../app/eventscommand.cpp" line="48"/>
        <source>teiten events: %1</source>
        <translation>teiten events: %1</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="62"/>
        <source>No surges, scanning waves or backscatter episodes in %1.</source>
        <translation>%1 には急増、スキャンの波、バックスキャッターのいずれも見られませんでした。</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>end</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="83"/>
        <source>excess</source>
        <translation>超過分</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="84"/>
        <source>top sources</source>
        <translation>主な送信元</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="84"/>
        <source>sensors</source>
        <translation>センサー数</translation>
    </message>
    <message>
        <location filename="../app/eventscommand.cpp" line="84"/>
        <source>classification</source>
        <translation>分類</translation>
    </message>
</context>
<context>
    <name>FigureCommand</name>
    <message>
        <location filename="../app/figurecommand.cpp" line="23"/>
        <source>Write a report figure or table as PNG, SVG or PDF</source>
        <translation>レポートの図や表を PNG、SVG、PDF で書き出す</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="32"/>
        <source>What to draw: ports, regions, ports-table, regions-table, service:PORT/PROTO or region:CODE.</source>
        <translation>描く内容：ports、regions、ports-table、regions-table、service:ポート/プロトコル、region:コード のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="33"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="34"/>
        <source>Language of the texts: ja or en.</source>
        <translation>文字の言語：ja または en。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="34"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="35"/>
        <source>Output file; the format follows the extension.</source>
        <translation>出力ファイル。形式は拡張子で決まります。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="36"/>
        <source>F.png|F.svg|F.pdf</source>
        <translation>F.png|F.svg|F.pdf</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="37"/>
        <source>Width in pixels.</source>
        <translation>幅（ピクセル）。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="37"/>
        <location filename="../app/figurecommand.cpp" line="38"/>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="38"/>
        <source>Height in pixels.</source>
        <translation>高さ（ピクセル）。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="39"/>
        <source>Resolution: pixels per inch (sets the type size).</source>
        <translation>解像度：1インチあたりのピクセル数（文字の大きさが決まります）。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="40"/>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="86"/>
        <source>teiten figure: --top takes a whole number between 1 and 20</source>
        <translation>teiten figure: --top には 1〜20 の整数を指定してください</translation>
    </message>
    <message>
        <source>How many ports or regions (1–12).</source>
        <translation type="vanished">表示するポートまたは地域の数（1〜12）。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="41"/>
        <location filename="../app/figurecommand.cpp" line="43"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="41"/>
        <source>How many ports or regions (1–20).</source>
        <translation>表示するポートまたは地域の数(1〜20)。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="43"/>
        <source>Figure or table number in the caption.</source>
        <translation>キャプションに付ける図表の番号。</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="51"/>
        <source>teiten figure: drawing needs fonts, but this build started the command without a GUI application object</source>
        <translation>teiten figure: 描画にはフォントが必要ですが、このビルドでは GUI アプリケーションオブジェクトなしでコマンドが起動されました</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="57"/>
        <source>teiten figure: --figure and --out are required</source>
        <translation>teiten figure: --figure と --out の指定が必要です</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="62"/>
        <source>teiten figure: --lang takes ja or en, not &apos;%1&apos;</source>
        <translation>teiten figure: --lang には ja または en を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="67"/>
        <source>teiten figure: cannot tell the format of &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>teiten figure: &apos;%1&apos; の形式を判別できません。拡張子は .png、.svg、.pdf のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="78"/>
        <source>teiten figure: --width and --height take whole numbers of pixels between 100 and 20000</source>
        <translation>teiten figure: --width と --height には 100〜20000 の整数（ピクセル）を指定してください</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="82"/>
        <source>teiten figure: --dpi takes a whole number between 36 and 2400</source>
        <translation>teiten figure: --dpi には 36〜2400 の整数を指定してください</translation>
    </message>
    <message>
        <source>teiten figure: --top takes a whole number between 1 and 12</source>
        <translation type="vanished">teiten figure: --top には 1〜12 の整数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="90"/>
        <source>teiten figure: --number takes a positive whole number</source>
        <translation>teiten figure: --number には正の整数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="104"/>
        <source>teiten figure: unknown figure &apos;%1&apos; (use %2, service:PORT/PROTO or region:CODE)</source>
        <translation>teiten figure: 不明な図の種類 &apos;%1&apos; です（%2、service:ポート/プロトコル、region:コード のいずれかを指定してください）</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="115"/>
        <source>teiten figure: no %1 catalogue is built in; texts stay English</source>
        <translation>teiten figure: %1 の翻訳カタログが組み込まれていないため、文字は英語のままです</translation>
    </message>
    <message>
        <location filename="../app/figurecommand.cpp" line="128"/>
        <location filename="../app/figurecommand.cpp" line="132"/>
        <source>teiten figure: %1</source>
        <translation>teiten figure: %1</translation>
    </message>
</context>
<context>
    <name>FigureFactory</name>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="61"/>
        <source>d MMMM yyyy</source>
        <extracomment>Long date format (QDate::toString) for periods in captions; Japanese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="72"/>
        <source>%1–%2 %3</source>
        <extracomment>A quarter in captions: %1 first month&apos;s name, %2 last month&apos;s name, %3 year (&quot;July–September 2013&quot;); Japanese month names are &quot;7月&quot;, so 「%3年%1〜%2」.</extracomment>
        <translation>%3年%1〜%2</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="76"/>
        <source>%1 %2</source>
        <extracomment>A month in captions: %1 month name, %2 year (&quot;September 2013&quot;; Japanese 「%2年%1」).</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="81"/>
        <source>%1 to %2</source>
        <extracomment>A range of days in captions: %1 first day, %2 last day (both inclusive).</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/figurefactory.cpp" line="115"/>
        <source>Observed by %n sensor(s), %1 to %2, days counted in %3</source>
        <extracomment>Figure footer: %n sensors with data, %1/%2 first and last day (ISO), %3 &quot;UTC&quot; or &quot;UTC+09:00&quot;</extracomment>
        <translation>
            <numerusform>センサー%n台で観測、%1〜%2、日付の区切り：%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="119"/>
        <source>Country database: none (regions unknown) · Teiten %1</source>
        <extracomment>Figure footer when no country database was used; %1 the Teiten version</extracomment>
        <translation>地域データベース：なし（地域は不明）· Teiten %1</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="125"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="127"/>
        <source>Country database: %1, built %2 · Teiten %3</source>
        <extracomment>Figure footer: %1 country database name, %2 its build date (ISO), %3 Teiten version</extracomment>
        <translation>地域データベース：%1（%2作成）· Teiten %3</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="138"/>
        <source>Packets per day</source>
        <extracomment>Value axis title of the daily charts</extracomment>
        <translation>パケット数（1日あたり）</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="140"/>
        <source>MMM d</source>
        <extracomment>Date format (QDate::toString) of chart axis labels; Japanese &quot;M/d&quot;</extracomment>
        <translation>M/d</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="141"/>
        <source>No packets were observed in this period.</source>
        <translation>この期間にはパケットが観測されていません。</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="179"/>
        <source>Figure %1: Top %2 destination ports by packets observed, %3</source>
        <extracomment>Caption of the ports chart: %1 figure number, %2 how many ports (5), %3 the period (&quot;July–September 2013&quot;). Japanese style: 「図%1 %3の宛先ポート番号別パケット観測数トップ%2」</extracomment>
        <translation>図%1 %3の宛先ポート番号別パケット観測数トップ%2</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="182"/>
        <source>Figure %1: Top %2 source regions by packets observed, %3</source>
        <extracomment>Caption of the regions chart: %1 figure number, %2 how many regions, %3 the period</extracomment>
        <translation>図%1 %3の送信元地域別パケット観測数トップ%2</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="198"/>
        <source>Figure %1: %2</source>
        <extracomment>Caption of a phenomenon&apos;s chart: %1 figure number, %2 what it shows</extracomment>
        <translation>図%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="201"/>
        <source>Figure %1: Packets per day to %2, %3</source>
        <extracomment>Caption of a chart of ports: %1 figure number, %2 ports (&quot;53/UDP&quot;), %3 period</extracomment>
        <translation>図%1 %3の%2宛てパケット観測数の推移</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="207"/>
        <source>Figure %1: Packets per day from %2, %3</source>
        <extracomment>Caption of a chart of regions: %1 figure number, %2 region names, %3 period</extracomment>
        <translation>図%1 %3の%2からのパケット観測数の推移</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="217"/>
        <source>detected</source>
        <extracomment>Label of the shaded window on a phenomenon&apos;s chart</extracomment>
        <translation>検知期間</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="240"/>
        <source>Table %1: Top %2 destination ports by packets observed, %3, against the previous quarter</source>
        <extracomment>Caption of Table 1: %1 table number, %2 how many ports, %3 the period. Japanese style: 「表%1 %3の宛先ポート番号別パケット観測数トップ%2(前四半期との比較)」</extracomment>
        <translation>表%1 %3の宛先ポート番号別パケット観測数トップ%2（前四半期との比較）</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="241"/>
        <source>Table %1: Top %2 destination ports by packets observed, %3, against the previous period</source>
        <translation>表%1 %3の宛先ポート番号別パケット観測数トップ%2（前期間との比較）</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="244"/>
        <source>Table %1: Top %2 source regions by packets observed, %3, against the previous quarter</source>
        <translation>表%1 %3の送信元地域別パケット観測数トップ%2（前四半期との比較）</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="245"/>
        <source>Table %1: Top %2 source regions by packets observed, %3, against the previous period</source>
        <translation>表%1 %3の送信元地域別パケット観測数トップ%2（前期間との比較）</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="249"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="252"/>
        <source>Destination port</source>
        <translation>宛先ポート</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="254"/>
        <source>Service name</source>
        <extracomment>Table column: the IANA service name of the port</extracomment>
        <translation>サービス名</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="256"/>
        <source>Source region</source>
        <translation>送信元地域</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="258"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="258"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="259"/>
        <source>Sources</source>
        <translation>送信元数</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="260"/>
        <source>Rank last quarter</source>
        <translation>前四半期の順位</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="260"/>
        <source>Previous rank</source>
        <translation>前期間の順位</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="262"/>
        <source>Change</source>
        <extracomment>Table column: up/down/unchanged/new marker against the previous period</extracomment>
        <translation>変動</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="275"/>
        <source>%1 (%2)</source>
        <extracomment>A region in tables: %1 localised name, %2 ISO code</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="282"/>
        <source>New</source>
        <extracomment>Change marker: not observed in the previous period</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="293"/>
        <source>▲ ranked higher than in the previous quarter, ▼ lower, → the same; New: not observed in the previous quarter. Share: of all %1 packets observed.</source>
        <translation>▲：前四半期より順位が上昇、▼：下降、→：変わらず、新規：前四半期には観測されなかったもの。割合は観測された全 %1 パケットに対する比率です。</translation>
    </message>
    <message>
        <location filename="../widgets/figurefactory.cpp" line="295"/>
        <source>▲ ranked higher than in the previous period, ▼ lower, → the same; New: not observed in the previous period. Share: of all %1 packets observed.</source>
        <translation>▲：前期間より順位が上昇、▼：下降、→：変わらず、新規：前期間には観測されなかったもの。割合は観測された全 %1 パケットに対する比率です。</translation>
    </message>
</context>
<context>
    <name>FigureRenderer</name>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="579"/>
        <source>%1: figure size %2×%3 at %4 dpi is not usable</source>
        <translation>%1：図の大きさ %2×%3（%4 dpi）は使用できません</translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="586"/>
        <location filename="../widgets/figurerenderer.cpp" line="629"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="592"/>
        <source>%1: cannot write PNG: %2</source>
        <translation>%1:PNG を書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="605"/>
        <source>%1: cannot start the SVG painter</source>
        <translation>%1:SVG の描画を開始できません</translation>
    </message>
    <message>
        <location filename="../widgets/figurerenderer.cpp" line="622"/>
        <source>%1: cannot start the PDF painter</source>
        <translation>%1:PDF の描画を開始できません</translation>
    </message>
</context>
<context>
    <name>FigureRequest</name>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="43"/>
        <source>no period is chosen</source>
        <translation>期間が選ばれていません</translation>
    </message>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="49"/>
        <source>no series is shown, so there is nothing to draw</source>
        <translation>表示中の系列がないため、描くものがありません</translation>
    </message>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="53"/>
        <source>no event is selected</source>
        <translation>イベントが選ばれていません</translation>
    </message>
    <message>
        <location filename="../widgets/figurerequest.cpp" line="57"/>
        <source>this event has no curve to draw</source>
        <translation>このイベントには描ける推移がありません</translation>
    </message>
</context>
<context>
    <name>FlowBatchProducer</name>
    <message>
        <location filename="../models/flowbatchproducer.cpp" line="160"/>
        <source>the file grew while it was imported; only the %1 bytes it had at the start were read</source>
        <translation>取り込み中にファイルが大きくなりました。開始時点の %1 バイトだけを読み込みました</translation>
    </message>
</context>
<context>
    <name>FlowSegmentCodec</name>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="33"/>
        <source>truncated segment</source>
        <translation>セグメントが途中で切れています</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="53"/>
        <source>malformed varint</source>
        <translation>可変長整数が不正です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="77"/>
        <source>unknown segment format</source>
        <translation>不明なセグメント形式です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="81"/>
        <source>tuple count exceeds the segment size</source>
        <translation>タプル数がセグメントの大きさを超えています</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="92"/>
        <source>reserved flag bits set</source>
        <translation>予約済みのフラグビットが立っています</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="103"/>
        <source>time out of range</source>
        <translation>時刻が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="105"/>
        <source>port out of range</source>
        <translation>ポートが範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="105"/>
        <source>source port out of range</source>
        <translation>送信元ポートが範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="106"/>
        <source>destination port out of range</source>
        <translation>宛先ポートが範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="109"/>
        <location filename="../models/flowsegmentcodec.cpp" line="112"/>
        <source>payload id out of range</source>
        <translation>ペイロード ID が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="114"/>
        <source>sequence number out of range</source>
        <translation>シーケンス番号が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="115"/>
        <source>IP ID out of range</source>
        <translation>IP ID が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="116"/>
        <source>first source port out of range</source>
        <translation>最初の送信元ポートが範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="117"/>
        <source>IP length out of range</source>
        <translation>IP 長が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="117"/>
        <source>region out of range</source>
        <translation>地域が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="129"/>
        <source>quoted port out of range</source>
        <translation>引用されたポートが範囲外です</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentcodec.cpp" line="221"/>
        <source>trailing bytes</source>
        <translation>末尾に余分なバイトがあります</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="47"/>
        <source>tuple count differs from the segment&apos;s row</source>
        <translation>タプル数がセグメントの行と一致しません</translation>
    </message>
</context>
<context>
    <name>FlowSegmentScan</name>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="51"/>
        <source>%1: flow segment %2 is damaged (%3)</source>
        <translation>%1：フローセグメント %2 が壊れています（%3）</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="55"/>
        <source>too many tuples</source>
        <translation>タプルが多すぎます</translation>
    </message>
    <message>
        <location filename="../models/flowsegmentscan.cpp" line="61"/>
        <source>%1: cannot read flow tuples: %2</source>
        <translation>%1：フロータプルを読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>FlowSegmentStore</name>
    <message>
        <location filename="../models/flowsegmentstore.cpp" line="52"/>
        <source>%1: cannot write flow tuples: %2</source>
        <translation>%1：フロータプルを書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <location filename="../models/flowtext.cpp" line="128"/>
        <source>unrecognized payload</source>
        <translation>識別できないペイロード</translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="128"/>
        <source>unrecognized payload: %1</source>
        <translation>識別できないペイロード：%1</translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="134"/>
        <source>%1 (response)</source>
        <extracomment>A decoded payload that arrived as a reply nobody here asked for (backscatter, reflection).</extracomment>
        <translation>%1（応答）</translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="141"/>
        <source>type %1</source>
        <extracomment>ICMP message type, shown where other protocols show the source port.</extracomment>
        <translation>タイプ %1</translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="146"/>
        <source>ephemeral (first %1)</source>
        <extracomment>Ephemeral source ports are counted together; %1 is the first one seen.</extracomment>
        <translation>エフェメラル（最初は %1）</translation>
    </message>
    <message>
        <location filename="../models/flowtext.cpp" line="154"/>
        <source>code %1</source>
        <extracomment>ICMP message code, shown where other protocols show the destination port.</extracomment>
        <translation>コード %1</translation>
    </message>
</context>
<context>
    <name>GeoResolver</name>
    <message>
        <location filename="../models/georesolver.cpp" line="121"/>
        <source>Cannot open the region database &quot;%1&quot;: the file does not exist.</source>
        <translation>地域データベース「%1」を開けません：ファイルが存在しません。</translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="125"/>
        <source>Cannot open the region database &quot;%1&quot;: it is not a regular file.</source>
        <translation>地域データベース「%1」を開けません：通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="136"/>
        <source>Cannot open the region database &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 libmaxminddb&apos;s reason (English)</extracomment>
        <translation>地域データベース「%1」を開けません：%2</translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="146"/>
        <source>unsupported format version %1</source>
        <translation>対応していない形式バージョン %1</translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="148"/>
        <source>unsupported record size %1</source>
        <translation>対応していないレコードサイズ %1</translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="150"/>
        <source>unsupported IP version %1</source>
        <translation>対応していない IP バージョン %1</translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="152"/>
        <source>the search tree is empty</source>
        <translation>検索木が空です</translation>
    </message>
    <message>
        <location filename="../models/georesolver.cpp" line="165"/>
        <source>Cannot use the region database &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation>地域データベース「%1」を使用できません：%2</translation>
    </message>
</context>
<context>
    <name>IcsPortCatalog</name>
    <message>
        <location filename="../models/icsportcatalog.cpp" line="42"/>
        <source>%1, line %2: expected transport, port range, protocol, vendor, source, generic</source>
        <translation>%1、%2行目：transport、ポート範囲、protocol、vendor、source、generic の列が必要です</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="30"/>
        <source>Import pcap/pcapng(.gz) files or sensor folders into a workspace</source>
        <translation>pcap/pcapng（.gz）ファイルまたはセンサーフォルダーをワークスペースに取り込む</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="35"/>
        <source>Workspace database file (created if missing).</source>
        <translation>ワークスペースのデータベースファイル（なければ作成）。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="35"/>
        <source>W.db</source>
        <translation>W.db</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="36"/>
        <source>Assign every file to this sensor.</source>
        <translation>すべてのファイルをこのセンサーのものとして扱います。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="36"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="37"/>
        <source>Country database (MaxMind DB format).</source>
        <translation>地域データベース（MaxMind DB 形式）。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="37"/>
        <source>F.mmdb</source>
        <translation>F.mmdb</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="38"/>
        <source>Sensor list (sensor,address_or_prefix,region,label).</source>
        <translation>センサー一覧（sensor,address_or_prefix,region,label）。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="39"/>
        <source>sensors.csv</source>
        <translation>sensors.csv</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="40"/>
        <source>Re-import files whose content is already stored.</source>
        <translation>内容が取り込み済みのファイルも取り込み直します。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="41"/>
        <source>Summary format: table or json.</source>
        <translation>集計結果の形式：table または json。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="41"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="45"/>
        <source>Run the full integrity check of the workspace even if it is unchanged since it last passed.</source>
        <translation>前回の整合性チェックに合格してから変更がない場合でも、ワークスペースの整合性チェックを完全に実行します。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="47"/>
        <source>Capture files or folders (&lt;root&gt;/&lt;sensor&gt;/*.pcap*).</source>
        <translation>キャプチャファイルまたはフォルダー（&lt;root&gt;/&lt;sensor&gt;/*.pcap*）。</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="53"/>
        <source>teiten import: --db and at least one PATH are required</source>
        <translation>teiten import: --db と1つ以上の PATH の指定が必要です</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="58"/>
        <source>teiten import: unknown format &apos;%1&apos; (use table or json)</source>
        <translation>teiten import: 不明な形式 &apos;%1&apos; です（table または json を指定してください）</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="86"/>
        <source>files %1/%2  packets %3  %4 packets/s  %5</source>
        <translation>ファイル %1/%2  パケット %3  %4 パケット/秒  %5</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="91"/>
        <source>building the quarters&apos; rankings and series…</source>
        <translation>四半期のランキングと時系列を作成中…</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="113"/>
        <location filename="../app/importcommand.cpp" line="116"/>
        <source>teiten import: %1</source>
        <translation>teiten import: %1</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="118"/>
        <source>teiten import: interrupted; files imported before the interruption are kept</source>
        <translation>teiten import: 中断しました。中断前に取り込んだファイルは保持されます</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="143"/>
        <source>%1 files imported, %2 partial, %3 skipped, %4 failed; %5 packets in %6 s (%7 packets/s)</source>
        <translation>取り込み %1 件、一部のみ %2 件、スキップ %3 件、失敗 %4 件。%5 パケット、%6 秒（%7 パケット/秒）</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../models/importjob.cpp" line="102"/>
        <source>%1: no such file or folder</source>
        <translation>%1：ファイルまたはフォルダーが存在しません</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="231"/>
        <source>%1: cannot store sensors: %2</source>
        <translation>%1：センサーを保存できません：%2</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="245"/>
        <source>invalid sensor name &apos;%1&apos;</source>
        <translation>センサー名 &apos;%1&apos; は不正です</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="374"/>
        <source>%1: already imported (same content as %2); use --force to replace it</source>
        <translation>%1：取り込み済みです（%2 と同じ内容）。置き換えるには --force を指定してください</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="386"/>
        <location filename="../models/importjob.cpp" line="502"/>
        <source>%1: cancelled; nothing of this file was stored</source>
        <translation>%1：中止しました。このファイルの内容は保存されていません</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="392"/>
        <source>%1: cannot import %2: %3</source>
        <translation>%1：%2 を取り込めません：%3</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="425"/>
        <location filename="../models/importjob.cpp" line="446"/>
        <location filename="../models/importjob.cpp" line="508"/>
        <location filename="../models/importjob.cpp" line="553"/>
        <source>%1: import of %2 rolled back: %3</source>
        <translation>%1:%2 の取り込みを取り消しました：%3</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="484"/>
        <source>%1: cannot write to the workspace: %2</source>
        <translation>%1：ワークスペースに書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="542"/>
        <location filename="../models/importjob.cpp" line="561"/>
        <source>%1: read stopped after %2 packets: %3</source>
        <translation>%1:%2 パケットで読み込みが止まりました：%3</translation>
    </message>
    <message>
        <location filename="../models/importjob.cpp" line="563"/>
        <source>%1: %2 frames with a broken IP header were skipped</source>
        <translation>%1:IP ヘッダーが壊れたフレーム %2 個を読み飛ばしました</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <location filename="../models/importplanner.cpp" line="40"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/importplanner.cpp" line="46"/>
        <source>%1: read error: %2</source>
        <translation>%1：読み込みエラー：%2</translation>
    </message>
    <message>
        <location filename="../models/importplanner.cpp" line="51"/>
        <location filename="../models/importplanner.cpp" line="103"/>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <location filename="../app/infocommand.cpp" line="19"/>
        <source>Describe a workspace: sensors, files, time range</source>
        <translation>ワークスペースの内容を表示する：センサー、ファイル、期間</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="26"/>
        <source>List every imported file with its status.</source>
        <translation>取り込んだすべてのファイルを状態とともに一覧表示します。</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="39"/>
        <source>teiten info: %1</source>
        <translation>teiten info: %1</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="88"/>
        <source>Workspace:  %1</source>
        <translation>ワークスペース：%1</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="89"/>
        <source>Packets:    %1</source>
        <translation>パケット数：  %1</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="90"/>
        <source>Files:      %1 ok, %2 partial, %3 failed</source>
        <translation>ファイル：    正常 %1、一部のみ %2、失敗 %3</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="91"/>
        <source>Time range: %1 .. %2</source>
        <translation>期間：      %1 .. %2</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="92"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="94"/>
        <source>Quarters:   %1</source>
        <translation>四半期：    %1</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="95"/>
        <source>Country DB: %1 (%2, built %3)</source>
        <translation>地域DB:    %1（%2、%3 作成）</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="96"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>first</source>
        <translation>最初</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>last</source>
        <translation>最後</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="105"/>
        <source>addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../app/infocommand.cpp" line="112"/>
        <source>message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>IngestWriter</name>
    <message>
        <location filename="../models/ingestwriter.cpp" line="92"/>
        <source>%1: cannot store a payload summary: %2</source>
        <translation>%1：ペイロードの要約を保存できません：%2</translation>
    </message>
    <message>
        <location filename="../models/ingestwriter.cpp" line="131"/>
        <source>%1: cannot write the hourly roll-ups: %2</source>
        <translation>%1：時間ごとの集計を書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>MmdbWriter</name>
    <message>
        <location filename="../models/mmdbwriter.cpp" line="262"/>
        <source>Cannot write the region database &quot;%1&quot;: too many networks.</source>
        <translation>地域データベース「%1」を書き込めません：ネットワークが多すぎます。</translation>
    </message>
    <message>
        <location filename="../models/mmdbwriter.cpp" line="314"/>
        <source>Cannot write the region database &quot;%1&quot;: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>地域データベース「%1」を書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>PayloadLookup</name>
    <message>
        <location filename="../models/payloadlookup.cpp" line="41"/>
        <source>%1: cannot read a payload summary: %2</source>
        <translation>%1：ペイロードの要約を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>PeriodSummaryStore</name>
    <message>
        <location filename="../models/periodsummarystore.cpp" line="66"/>
        <location filename="../models/periodsummarystore.cpp" line="95"/>
        <location filename="../models/periodsummarystore.cpp" line="321"/>
        <source>%1: stored period summaries: %2</source>
        <translation>%1：保存済みの期間集計：%2</translation>
    </message>
</context>
<context>
    <name>PhenomenonWriter</name>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="23"/>
        <source>Surge of packets from %1: %2</source>
        <extracomment>Report section title: %1 region name, %2 classification (&quot;scanning&quot;)</extracomment>
        <translation>%1からのパケットの急増：%2</translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="26"/>
        <source>Surge of %1: %2</source>
        <extracomment>Report section title: %1 port (&quot;53/UDP&quot;), %2 classification (&quot;DNS amplification attack&quot;)</extracomment>
        <translation>%1の急増：%2</translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="32"/>
        <source>Scanning of control-system ports %1</source>
        <extracomment>Report section title: %1 the ports (&quot;102/TCP, 502/TCP&quot;)</extracomment>
        <translation>制御システムのポート（%1）へのスキャン</translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="38"/>
        <source>Backscatter from %1: %2</source>
        <extracomment>Report section title: %1 the address that replied, %2 classification</extracomment>
        <translation>%1からのバックスキャッター：%2</translation>
    </message>
    <message>
        <location filename="../widgets/phenomenonwriter.cpp" line="44"/>
        <source>Flood at %1: %2</source>
        <extracomment>Report section title: %1 the sensor address flooded, %2 classification</extracomment>
        <translation>%1 へのフラッド攻撃：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/phenomenonwriter.cpp" line="51"/>
        <source>From %1 to the end of the period, %2 packets from %n source(s) reached %3 of %4 sensors.</source>
        <extracomment>%1 first day (ISO), %2 packets, %n sources, %3 sensors hit, %4 all sensors</extracomment>
        <translation>
            <numerusform>%1から期間の終わりまで、%n件の送信元からの%2パケットがセンサー%4台中%3台に届きました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/phenomenonwriter.cpp" line="58"/>
        <source>From %1 to %2, %3 packets from %n source(s) reached %4 of %5 sensors.</source>
        <extracomment>%1 first day, %2 last day (ISO), %3 packets, %n sources, %4 sensors hit, %5 all sensors</extracomment>
        <translation>
            <numerusform>%1から%2まで、%n件の送信元からの%3パケットがセンサー%5台中%4台に届きました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankCommand</name>
    <message>
        <location filename="../app/rankcommand.cpp" line="21"/>
        <source>Rank destination ports or source regions of a period</source>
        <translation>期間中の宛先ポートまたは送信元地域をランキングする</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="28"/>
        <source>Rank by port or region.</source>
        <translation>ポートまたは地域でランキングします。</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="28"/>
        <source>port|region</source>
        <translation>port|region</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="29"/>
        <source>Language of region names: ja or en.</source>
        <translation>地域名の言語：ja または en。</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="29"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="32"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation>既知スキャナーのリスト（CSV）。ユーザー設定や組み込みのリストの代わりに使います。</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="33"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="43"/>
        <source>teiten rank: --by takes port or region, not &apos;%1&apos;</source>
        <translation>teiten rank: --by には port または region を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="50"/>
        <location filename="../app/rankcommand.cpp" line="57"/>
        <source>teiten rank: %1</source>
        <translation>teiten rank: %1</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>sources</source>
        <translation>送信元数</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="100"/>
        <source>previous</source>
        <translation>前期間</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="101"/>
        <source>change</source>
        <translation>変動</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="101"/>
        <source>scanners</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <location filename="../app/rankcommand.cpp" line="105"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="93"/>
        <source>Darknet observation report, %1</source>
        <extracomment>Report title; %1 the period (&quot;July–September 2013&quot;). Japanese: 「インターネット定点観測レポート(%1)」</extracomment>
        <translation>インターネット定点観測レポート（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="98"/>
        <source>Made on %1 with Teiten %2</source>
        <extracomment>Report subtitle: %1 the date it was made (ISO), %2 Teiten version</extracomment>
        <translation>%1 作成（Teiten %2）</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="104"/>
        <source>1 Overview</source>
        <translation>1 概要</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportbuilder.cpp" line="106"/>
        <source>This report summarises the packets that %n darknet sensor(s) observed from %1 to %2. Days begin at 00:00 %3.</source>
        <extracomment>%n sensors, %1 first day, %2 last day (long dates), %3 &quot;UTC&quot; or &quot;UTC+09:00&quot;</extracomment>
        <translation>
            <numerusform>本レポートは、%1から%2までに%n台のダークネットセンサーで観測したパケットをまとめたものです。日付は%3の0時で区切っています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="109"/>
        <location filename="../widgets/reportbuilder.cpp" line="110"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="115"/>
        <source>In total %1 packets were observed from %2 source addresses. No packets were observed in the previous quarter.</source>
        <translation>観測パケット数は合計%1、送信元アドレス数は%2でした。前四半期にはパケットが観測されていません。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="117"/>
        <source>In total %1 packets were observed from %2 source addresses. No packets were observed in the previous period.</source>
        <translation>観測パケット数は合計%1、送信元アドレス数は%2でした。前期間にはパケットが観測されていません。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="124"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 more than in the previous quarter (%4 packets).</source>
        <extracomment>%1 packets, %2 sources, %3 the increase (&quot;12.3%&quot;), %4 previous quarter&apos;s packets</extracomment>
        <translation>観測パケット数は合計%1、送信元アドレス数は%2で、パケット数は前四半期（%4）から%3増加しました。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="126"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 more than in the previous period (%4 packets).</source>
        <translation>観測パケット数は合計%1、送信元アドレス数は%2で、パケット数は前期間（%4）から%3増加しました。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="129"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 fewer than in the previous quarter (%4 packets).</source>
        <translation>観測パケット数は合計%1、送信元アドレス数は%2で、パケット数は前四半期（%4）から%3減少しました。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="131"/>
        <source>In total %1 packets were observed from %2 source addresses, %3 fewer than in the previous period (%4 packets).</source>
        <translation>観測パケット数は合計%1、送信元アドレス数は%2で、パケット数は前期間（%4）から%3減少しました。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="143"/>
        <source>Most observed destination port: %1 (%2 of packets)</source>
        <extracomment>Overview bullet: %1 port (&quot;445/TCP&quot;), %2 its share</extracomment>
        <translation>最も多く観測された宛先ポート：%1（全パケットの%2）</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="145"/>
        <source>Most observed destination port: %1 (%2), %3 of packets</source>
        <translation>最も多く観測された宛先ポート：%1（%2）、全パケットの%3</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="151"/>
        <source>Most observed source region: %1, %2 of packets</source>
        <extracomment>Overview bullet: %1 region name, %2 share</extracomment>
        <translation>最も多く観測された送信元地域：%1、全パケットの%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/reportbuilder.cpp" line="155"/>
        <source>Phenomena described in this report: %n</source>
        <translation>
            <numerusform>本レポートで取り上げる事象：%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="160"/>
        <source>2 Destination ports</source>
        <translation>2 宛先ポート番号別の観測状況</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="164"/>
        <source>Table %1 lists the five destination ports that received the most packets, with their ranks in the previous period; Figure %2 shows their packets per day. The most observed port was %3, with %4 of all packets.</source>
        <extracomment>%1 table number, %2 figure number, %3 top port, %4 its share</extracomment>
        <translation>表%1は、観測パケット数の多かった宛先ポート番号の上位5件を前期間の順位とともに示したもので、図%2はそれらの1日ごとのパケット数の推移です。最も多く観測されたのは%3で、全パケットの%4を占めました。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="180"/>
        <source>3 Source regions</source>
        <translation>3 送信元地域別の観測状況</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="184"/>
        <source>Table %1 lists the five source regions that sent the most packets, with their ranks in the previous period; Figure %2 shows their packets per day. The most observed region was %3, with %4 of all packets. Regions are those of the country database named below; an address the database does not know is counted as “Unknown”.</source>
        <extracomment>%1 table number, %2 figure number, %3 top region, %4 its share</extracomment>
        <translation>表%1は、観測パケット数の多かった送信元地域の上位5件を前期間の順位とともに示したもので、図%2はそれらの1日ごとのパケット数の推移です。最も多く観測されたのは%3で、全パケットの%4を占めました。地域は後述の地域データベースによるもので、データベースにないアドレスは「不明」として数えています。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="203"/>
        <source>%1 Phenomena</source>
        <translation>%1 注目された事象</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="205"/>
        <source>No phenomenon stood out in this period.</source>
        <translation>この期間に特に目立った事象はありませんでした。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="210"/>
        <source>%1.%2 %3</source>
        <extracomment>Phenomenon subsection: %1 section, %2 index, %3 title (&quot;4.1 Surge of 53/UDP&quot;)</extracomment>
        <translation>%1.%2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="226"/>
        <source>%1 About the data and references</source>
        <translation>%1 データについて・参考情報</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="227"/>
        <source>Counts are packets that arrived at unused addresses of the sensors; rankings also show distinct source addresses. A destination port is written as port/protocol; all ICMP is counted as 0/ICMP. Shares are of all packets observed in the period.</source>
        <translation>パケット数は、センサーの未使用アドレスに届いたパケットの数です。ランキングには重複を除いた送信元アドレスの数も示しています。宛先ポートは「ポート番号/プロトコル」で表記し、ICMP はすべて 0/ICMP として数えています。割合は期間中に観測された全パケットに対する比率です。</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="232"/>
        <source>Service names: IANA, “Service Name and Transport Protocol Port Number Registry”, https://www.iana.org/assignments/service-names-port-numbers/</source>
        <translation>サービス名：IANA「Service Name and Transport Protocol Port Number Registry」 https://www.iana.org/assignments/service-names-port-numbers/</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="234"/>
        <source>Industrial control system ports: Idaho National Laboratory ITI, “ICS-Security-Tools: Control Systems Ports” (CC BY 4.0), https://github.com/ITI/ICS-Security-Tools</source>
        <translation>制御システムのポート：Idaho National Laboratory ITI「ICS-Security-Tools: Control Systems Ports」（CC BY 4.0） https://github.com/ITI/ICS-Security-Tools</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="236"/>
        <source>Scanner lists: publicly reported addresses of research and search-engine scanners (Shodan, Censys and others), kept in the workspace&apos;s scanner table</source>
        <translation>スキャナーのリスト：調査目的のスキャナーや検索エンジン（Shodan、Censys など）について公開されているアドレス。ワークスペースのスキャナー表に保持しています</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="242"/>
        <source>Country data: ip-location-db “geo-whois-asn-country”, derived from the Number Resource Organization (NRO) delegation statistics, CC BY 4.0, https://github.com/sapics/ip-location-db</source>
        <translation>地域データ：ip-location-db「geo-whois-asn-country」（Number Resource Organization（NRO）の割り振り統計に基づく、CC BY 4.0） https://github.com/sapics/ip-location-db</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="245"/>
        <source>Country data: this product includes GeoLite2 data created by MaxMind, available from https://www.maxmind.com</source>
        <translation>地域データ：MaxMind が作成した GeoLite2 データを使用しています（https://www.maxmind.com）</translation>
    </message>
    <message>
        <location filename="../widgets/reportbuilder.cpp" line="248"/>
        <source>Country data: %1</source>
        <translation>地域データ：%1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="20"/>
        <source>Write the quarterly report (PDF, or HTML with PNG figures)</source>
        <translation>四半期レポートを書き出す（PDF、または HTML と PNG の図）</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="27"/>
        <source>Language of the report: ja or en.</source>
        <translation>レポートの言語：ja または en。</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="27"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="29"/>
        <source>report.pdf, or a folder (ending in / or existing) for HTML and PNG figures.</source>
        <translation>report.pdf、または HTML と PNG の図を書き出すフォルダー（/ で終わるか既存のもの）。</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="30"/>
        <source>FILE|DIR/</source>
        <translation>FILE|DIR/</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="32"/>
        <source>Known-scanner list (CSV) instead of the user&apos;s or the built-in one.</source>
        <translation>既知スキャナーのリスト（CSV）。ユーザー設定や組み込みのリストの代わりに使います。</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="33"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="35"/>
        <source>Leave out the phenomena section (skips the analysis).</source>
        <translation>注目された事象の節を省きます（分析を行いません）。</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="42"/>
        <source>teiten report: drawing needs fonts, but this build started the command without a GUI application object</source>
        <translation>teiten report: 描画にはフォントが必要ですが、このビルドでは GUI アプリケーションオブジェクトなしでコマンドが起動されました</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="48"/>
        <source>teiten report: --out is required</source>
        <translation>teiten report: --out の指定が必要です</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="53"/>
        <source>teiten report: --lang takes ja or en, not &apos;%1&apos;</source>
        <translation>teiten report: --lang には ja または en を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="58"/>
        <source>teiten report: --out must be a .pdf file or a folder ending in /, not &apos;%1&apos;</source>
        <translation>teiten report: --out には .pdf ファイルか / で終わるフォルダーを指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="66"/>
        <source>teiten report: no %1 catalogue is built in; texts stay English</source>
        <translation>teiten report: %1 の翻訳カタログが組み込まれていないため、文字は英語のままです</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="74"/>
        <source>teiten report: %1</source>
        <translation>teiten report: %1</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="77"/>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <location filename="../widgets/reporthtmlwriter.cpp" line="64"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：フォルダーを作成できません</translation>
    </message>
    <message>
        <location filename="../widgets/reporthtmlwriter.cpp" line="128"/>
        <location filename="../widgets/reporthtmlwriter.cpp" line="131"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../widgets/reportjob.cpp" line="18"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="22"/>
        <source>Looking for phenomena…</source>
        <translation>現象を検出しています…</translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="34"/>
        <source>Building tables and figures…</source>
        <translation>表と図を作成しています…</translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="40"/>
        <source>Writing HTML and PNG figures…</source>
        <translation>HTML と PNG の図を書き出しています…</translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="40"/>
        <source>Writing the PDF…</source>
        <translation>PDF を書き出しています…</translation>
    </message>
    <message>
        <location filename="../widgets/reportjob.cpp" line="44"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="122"/>
        <location filename="../widgets/reportpdfwriter.cpp" line="222"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="133"/>
        <source>%1: cannot start the PDF painter</source>
        <translation>%1:PDF の描画を開始できません</translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="151"/>
        <source>•</source>
        <extracomment>Bullet of report lists</extracomment>
        <translation>•</translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="202"/>
        <source>%1: cannot add a page</source>
        <translation>%1：ページを追加できません</translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="214"/>
        <source>%1 / %2</source>
        <extracomment>Page number at the foot of report pages: %1 this page, %2 all pages</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/reportpdfwriter.cpp" line="220"/>
        <source>%1: cannot finish the PDF</source>
        <translation>%1:PDF を完成できません</translation>
    </message>
</context>
<context>
    <name>RollupScan</name>
    <message>
        <location filename="../models/rollupscan.cpp" line="38"/>
        <source>%1: roll-up segment %2 is damaged (%3)</source>
        <translation>%1: ロールアップセグメント %2 が破損しています（%3）</translation>
    </message>
    <message>
        <location filename="../models/rollupscan.cpp" line="49"/>
        <source>%1: cannot read the hourly roll-ups: %2</source>
        <translation>%1: 時間別ロールアップを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>RollupSegmentCodec</name>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="24"/>
        <source>truncated roll-up segment</source>
        <translation>ロールアップセグメントが途中で切れています</translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="25"/>
        <source>malformed varint</source>
        <translation>可変長整数が不正です</translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="33"/>
        <source>port out of range</source>
        <translation>ポートが範囲外です</translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="38"/>
        <source>packet count out of range</source>
        <translation>パケット数が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="40"/>
        <source>byte count out of range</source>
        <translation>バイト数が範囲外です</translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="80"/>
        <source>unknown roll-up segment format</source>
        <translation>不明なロールアップセグメント形式です</translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="83"/>
        <source>entry count exceeds the segment size</source>
        <translation>エントリ数がセグメントの大きさを超えています</translation>
    </message>
    <message>
        <location filename="../models/rollupsegmentcodec.cpp" line="91"/>
        <source>trailing bytes</source>
        <translation>末尾に余分なバイトがあります</translation>
    </message>
</context>
<context>
    <name>ScannerCatalog</name>
    <message>
        <location filename="../models/scannercatalog.cpp" line="61"/>
        <source>%1: cannot read the scanner list: %2</source>
        <translation>%1：スキャナーのリストを読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/scannercatalog.cpp" line="104"/>
        <source>%1, line %2: expected at least scanner, address_or_prefix and kind</source>
        <translation>%1、%2行目：少なくとも scanner、address_or_prefix、kind の列が必要です</translation>
    </message>
    <message>
        <location filename="../models/scannercatalog.cpp" line="109"/>
        <source>%1, line %2: &quot;%3&quot; is not an address or prefix</source>
        <translation>%1、%2行目：「%3」はアドレスでもプレフィックスでもありません</translation>
    </message>
</context>
<context>
    <name>ScannerShareQuery</name>
    <message>
        <location filename="../models/scannersharequery.cpp" line="32"/>
        <source>known search-engine crawlers</source>
        <translation>既知の検索エンジンのクローラー</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="34"/>
        <source>known research scanners</source>
        <translation>既知の調査目的のスキャナー</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="36"/>
        <source>ZMap (IP ID 54321)</source>
        <translation>ZMap（IP ID 54321）</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="38"/>
        <source>Masscan (IP ID fingerprint)</source>
        <translation>Masscan（IP ID の特徴）</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="40"/>
        <source>Mirai (sequence number = destination)</source>
        <translation>Mirai（シーケンス番号 = 宛先）</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="42"/>
        <source>other sources</source>
        <translation>その他の送信元</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="43"/>
        <source>known scanners (%1)</source>
        <translation>既知のスキャナー（%1）</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="50"/>
        <source>crawlers</source>
        <extracomment>short table cell: known search-engine crawlers (Shodan, Censys)</extracomment>
        <translation>クローラー</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="53"/>
        <source>research</source>
        <extracomment>short table cell: known research scanners</extracomment>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="62"/>
        <source>other</source>
        <extracomment>short table cell: sources not identified as a known scanner or tool</extracomment>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="117"/>
        <source>%1 %2 %</source>
        <extracomment>table cell: %1 short class name (&quot;crawlers&quot;, &quot;ZMap&quot;), %2 percentage</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="128"/>
        <source>%1 % of %2 from %3</source>
        <extracomment>%1 percentage, %2 port or region (&quot;102/TCP&quot;), %3 class (&quot;known search-engine crawlers&quot;)</extracomment>
        <translation>%2 の %1 % が%3から</translation>
    </message>
    <message>
        <location filename="../models/scannersharequery.cpp" line="132"/>
        <source>No packets of %1 from known scanners or recognised scanning tools</source>
        <extracomment>%1 port or region</extracomment>
        <translation>%1 には既知のスキャナーや識別できたスキャンツールからのパケットはありません</translation>
    </message>
</context>
<context>
    <name>SensorCatalog</name>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="90"/>
        <source>%1:%2: unterminated quoted field</source>
        <translation>%1:%2：引用符で囲まれたフィールドが閉じていません</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="102"/>
        <source>%1:%2: expected sensor,address_or_prefix[,region[,label]] but found %3 fields</source>
        <translation>%1:%2:sensor,address_or_prefix[,region[,label]] の形式が必要ですが、フィールドが %3 個あります</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="109"/>
        <source>%1:%2: invalid sensor name &apos;%3&apos;</source>
        <translation>%1:%2：センサー名 &apos;%3&apos; は不正です</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="113"/>
        <source>%1:%2: &apos;%3&apos; is not an address or prefix</source>
        <translation>%1:%2:&apos;%3&apos; はアドレスでもプレフィックスでもありません</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="120"/>
        <source>%1:%2: region &apos;%3&apos; is not a two-letter ISO code</source>
        <translation>%1:%2：地域 &apos;%3&apos; は2文字の ISO コードではありません</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="126"/>
        <source>%1: more than %2 rows</source>
        <translation>%1:%2 行を超えています</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="135"/>
        <source>%1: no such file</source>
        <translation>%1：ファイルが存在しません</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="137"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/sensorcatalog.cpp" line="139"/>
        <source>%1: too large for a sensor list</source>
        <translation>%1：センサー一覧としては大きすぎます</translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <location filename="../app/seriescommand.cpp" line="19"/>
        <source>Daily or hourly packet series of the top ports or regions</source>
        <translation>上位のポートまたは地域の日別・時間別パケット数の推移</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="27"/>
        <source>Series by port or region.</source>
        <translation>ポート別または地域別の推移。</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="27"/>
        <source>port|region</source>
        <translation>port|region</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="28"/>
        <source>day or hour.</source>
        <translation>day（日）または hour（時間）。</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="28"/>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="29"/>
        <source>Exactly these keys (comma-separated) instead of the top N.</source>
        <translation>上位 N 件の代わりに、指定したキー（カンマ区切り）のみ。</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="30"/>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="41"/>
        <source>teiten series: --by takes port or region, not &apos;%1&apos;</source>
        <translation>teiten series: --by には port または region を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="50"/>
        <source>teiten series: --bucket takes day or hour, not &apos;%1&apos;</source>
        <translation>teiten series: --bucket には day または hour を指定してください（&apos;%1&apos; は不可）</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="56"/>
        <source>teiten series: use --format csv or json</source>
        <translation>teiten series: --format csv または json を指定してください</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="64"/>
        <source>teiten series: invalid service &apos;%1&apos;</source>
        <translation>teiten series: サービス &apos;%1&apos; は不正です</translation>
    </message>
    <message>
        <location filename="../app/seriescommand.cpp" line="72"/>
        <location filename="../app/seriescommand.cpp" line="83"/>
        <source>teiten series: %1</source>
        <translation>teiten series: %1</translation>
    </message>
</context>
<context>
    <name>SourceTally</name>
    <message>
        <source>%1: cannot read the per-source roll-ups: %2</source>
        <translation type="vanished">%1：送信元ごとの集計を読めません：%2</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="64"/>
        <source>%1: no such workspace file</source>
        <translation>%1：ワークスペースファイルが存在しません</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="67"/>
        <source>%1: is a folder, not a workspace file</source>
        <translation>%1：フォルダーであり、ワークスペースファイルではありません</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="84"/>
        <source>%1: cannot open workspace: %2</source>
        <translation>%1：ワークスペースを開けません：%2</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="102"/>
        <location filename="../models/sqlitedatabase.cpp" line="113"/>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="123"/>
        <source>the workspace is being written by another process; try again when it has finished</source>
        <translation>別のプロセスがワークスペースに書き込み中です。終わってからやり直してください</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="126"/>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="127"/>
        <source>the workspace or its folder is read-only</source>
        <translation>ワークスペースまたはそのフォルダーは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="129"/>
        <source>the workspace file is damaged</source>
        <translation>ワークスペースファイルが壊れています</translation>
    </message>
    <message>
        <location filename="../models/sqlitedatabase.cpp" line="130"/>
        <source>input/output error</source>
        <translation>入出力エラー</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="52"/>
        <source>%1: database error: %2</source>
        <translation>%1：データベースのエラー：%2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="258"/>
        <source>%1: no such workspace</source>
        <translation>%1：ワークスペースが存在しません</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="260"/>
        <source>%1: is a folder, not a workspace file</source>
        <translation>%1：フォルダーであり、ワークスペースファイルではありません</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="265"/>
        <source>%1: cannot read: %2</source>
        <translation>%1：読み込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="268"/>
        <source>%1: not a Teiten workspace (not an SQLite database)</source>
        <translation>%1:Teiten のワークスペースではありません（SQLite データベースではありません）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="274"/>
        <source>%1: is an empty file, not a workspace (choose a new name to create one)</source>
        <translation>%1：空のファイルであり、ワークスペースではありません（新しく作るには別の名前を選んでください）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="276"/>
        <source>%1: workspace is read-only</source>
        <translation>%1：ワークスペースは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="279"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：フォルダー %2 がありません</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="283"/>
        <source>%1: the folder %2 is read-only, so the workspace cannot be written</source>
        <translation>%1：フォルダー %2 が読み取り専用のため、ワークスペースに書き込めません</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="313"/>
        <source>%1: not a readable SQLite database: %2</source>
        <translation>%1：読み込める SQLite データベースではありません：%2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="325"/>
        <source>%1: not a valid workspace (the database cannot be read: %2)</source>
        <translation>%1：有効なワークスペースではありません（データベースを読み込めません：%2）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="328"/>
        <source>%1: not a Teiten workspace (an empty SQLite database)</source>
        <translation>%1：Teiten のワークスペースではありません（空の SQLite データベースです）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="331"/>
        <source>%1: not a Teiten workspace (an SQLite database of another application)</source>
        <translation>%1:Teiten のワークスペースではありません（別のアプリケーションの SQLite データベースです）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="334"/>
        <source>%1: made by a newer Teiten (schema version %2, this version reads up to %3); not opened</source>
        <translation>%1：新しい Teiten で作成されています（スキーマバージョン %2、このバージョンで読めるのは %3 まで）。開きませんでした</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="339"/>
        <source>%1: not a valid workspace (no schema version)</source>
        <translation>%1：有効なワークスペースではありません（スキーマバージョンがありません）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="347"/>
        <source>%1: cannot write to the workspace: %2</source>
        <translation>%1：ワークスペースに書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="357"/>
        <source>%1: workspace schema version %2 must be upgraded; open it once for writing (for example with teiten import) to migrate it</source>
        <translation>%1：ワークスペースのスキーマバージョン %2 は更新が必要です。一度書き込み可能な状態で開いてください（例：teiten import）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="373"/>
        <source>%1: damaged workspace (table %2 is missing)</source>
        <translation>%1：ワークスペースが壊れています（テーブル %2 がありません）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="377"/>
        <location filename="../models/workspace.cpp" line="379"/>
        <location filename="../models/workspace.cpp" line="456"/>
        <location filename="../models/workspace.cpp" line="459"/>
        <location filename="../models/workspace.cpp" line="460"/>
        <source>%1: damaged workspace: %2</source>
        <translation>%1：ワークスペースが壊れています：%2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="395"/>
        <source>%1: cannot create the workspace: %2</source>
        <translation>%1：ワークスペースを作成できません：%2</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="413"/>
        <source>cannot move %1 into place</source>
        <translation>%1 を所定の場所に移動できません</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="424"/>
        <source>%1: damaged workspace (the file is truncated: %2 bytes)</source>
        <translation>%1：ワークスペースが壊れています（ファイルが途中で切れています：%2 バイト）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="437"/>
        <source>%1: damaged workspace (the file is truncated: %2 bytes of %3)</source>
        <translation>%1：ワークスペースが壊れています（ファイルが途中で切れています：%3 バイト中 %2 バイト）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="464"/>
        <source>%1: damaged workspace (integrity check: %2)</source>
        <translation>%1：ワークスペースが壊れています（整合性チェック：%2）</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="520"/>
        <source>day boundary offset must be whole hours between -12:00 and +14:00</source>
        <translation>日付の区切りは -12:00〜+14:00 の1時間単位で指定してください</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <location filename="../models/workspaceschema.cpp" line="405"/>
        <source>%1: cannot migrate from schema version %2</source>
        <translation>%1：スキーマバージョン %2 から移行できません</translation>
    </message>
    <message>
        <location filename="../models/workspaceschema.cpp" line="434"/>
        <source>%1: migration from version %2 failed: %3</source>
        <translation>%1：バージョン %2 からの移行に失敗しました：%3</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../app/workstation.cpp" line="66"/>
        <source>teiten: unexpected argument &apos;%1&apos;</source>
        <translation>teiten: 想定外の引数 &apos;%1&apos; です</translation>
    </message>
    <message>
        <location filename="../app/workstation.cpp" line="220"/>
        <source>teiten: bad period &apos;%1&apos;</source>
        <translation>teiten: 期間 &apos;%1&apos; は不正です</translation>
    </message>
    <message>
        <location filename="../app/workstation.cpp" line="237"/>
        <source>teiten: --import needs a workspace to import into</source>
        <translation>teiten: --import には取り込み先のワークスペースの指定が必要です</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="29"/>
        <source>Usage: teiten [WORKSPACE.db]            open the workstation</source>
        <translation>使い方： teiten [WORKSPACE.db]            ワークステーションを開く</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>       teiten COMMAND [OPTIONS]          run headless</source>
        <translation>        teiten COMMAND [OPTIONS]          画面なしで実行する</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>&apos;teiten COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation>&apos;teiten COMMAND --help&apos; で各コマンドのオプションを表示します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>teiten: unknown command or option &apos;%1&apos;</source>
        <translation>teiten: 不明なコマンドまたはオプション &apos;%1&apos; です</translation>
    </message>
</context>
<context>
    <name>teiten::DemoNetworkGenerator</name>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="562"/>
        <source>a file with that name is in the way</source>
        <translation>同じ名前のファイルが既にあります</translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="565"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません：%2</translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="573"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="673"/>
        <source>Generation was cancelled</source>
        <translation>生成を中止しました</translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="696"/>
        <source>Cannot build a packet for %1</source>
        <translation>%1 のパケットを作成できません</translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="740"/>
        <source>No output folder was given</source>
        <translation>出力先のフォルダーが指定されていません</translation>
    </message>
    <message>
        <location filename="../models/demonetworkgenerator.cpp" line="743"/>
        <source>The scale must be a number above 0 and at most 10000, not %1</source>
        <translation>規模の倍率は 0 より大きく 10000 以下の数にしてください（%1 は不可）</translation>
    </message>
</context>
<context>
    <name>teiten::DrillDownView</name>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="354"/>
        <source>Sources</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="355"/>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="356"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="365"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="365"/>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="382"/>
        <source>›</source>
        <extracomment>Separator between breadcrumbs.</extracomment>
        <translation>›</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="400"/>
        <source>Close the drill-down</source>
        <translation>ドリルダウンを閉じる</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="400"/>
        <source>Go back to %1</source>
        <translation>%1 に戻る</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="417"/>
        <source>Loading sources…</source>
        <translation>送信元を読み込み中…</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="420"/>
        <source>Sources: %1 · Packets in total: %2</source>
        <translation>送信元：%1 · パケット合計：%2</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="433"/>
        <source>Loading sensors…</source>
        <translation>センサーを読み込み中…</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="434"/>
        <source>Seen by %1 of %2 sensors</source>
        <translation>センサー %2 台中 %1 台で観測</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="440"/>
        <source>Loading flows…</source>
        <translation>フローを読み込み中…</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="442"/>
        <source>Flows: %1 (all loaded)</source>
        <translation>フロー：%1（すべて読み込み済み）</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="445"/>
        <source>Flows loaded: %1 (scroll for more)</source>
        <extracomment>More flows load as the table is scrolled down.</extracomment>
        <translation>読み込んだフロー：%1（スクロールで続きを読み込み）</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="452"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="453"/>
        <source>Export Figure…</source>
        <translation>図として書き出す…</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="454"/>
        <source>Back to the previous step</source>
        <translation>前の段階に戻る</translation>
    </message>
    <message>
        <location filename="../widgets/drilldownview.cpp" line="468"/>
        <source>Daily packets of %1</source>
        <translation>%1 の日別パケット数</translation>
    </message>
</context>
<context>
    <name>teiten::EventsModel</name>
    <message>
        <location filename="../models/eventsmodel.cpp" line="25"/>
        <source>surge</source>
        <translation>急増</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="26"/>
        <source>ICS scan</source>
        <translation>ICS スキャン</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="27"/>
        <source>backscatter</source>
        <translation>バックスキャッター</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="28"/>
        <source>flood</source>
        <translation>フラッド</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="57"/>
        <source>%1 (ongoing)</source>
        <translation>%1（継続中）</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="66"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/eventsmodel.cpp" line="68"/>
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="72"/>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="85"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="86"/>
        <source>Port / region</source>
        <translation>ポート/地域</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="87"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="88"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="89"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="90"/>
        <source>Excess</source>
        <translation>超過分</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="91"/>
        <source>Top sources</source>
        <translation>主な送信元</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="92"/>
        <source>Sensors</source>
        <translation>センサー数</translation>
    </message>
    <message>
        <location filename="../models/eventsmodel.cpp" line="93"/>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
</context>
<context>
    <name>teiten::EventsView</name>
    <message>
        <location filename="../widgets/eventsview.cpp" line="79"/>
        <source>Nothing stood out in %1.</source>
        <translation>%1 に目立った事象はありませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/eventsview.cpp" line="80"/>
        <source>%n event(s) in %1.</source>
        <translation>
            <numerusform>%1 の事象：%n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="136"/>
        <source>Chart of %1</source>
        <translation>%1 のグラフ</translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="148"/>
        <source>Looking for surges, scans and backscatter in %1…</source>
        <translation>%1 の急増、スキャン、バックスキャッターを調べています…</translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="192"/>
        <source>%1, %2 to %3</source>
        <translation>%1、%2〜%3</translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="212"/>
        <source>Select an event to see why it stood out.</source>
        <translation>事象を選ぶと、目立った理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../widgets/eventsview.cpp" line="213"/>
        <source>Export Figure…</source>
        <translation>図として書き出す…</translation>
    </message>
</context>
<context>
    <name>teiten::FigureExportDialog</name>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="101"/>
        <location filename="../widgets/figureexportdialog.cpp" line="142"/>
        <source>Export Figure</source>
        <translation>図の書き出し</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="102"/>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="103"/>
        <source>SVG drawing</source>
        <translation>SVG 図版</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="104"/>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="105"/>
        <location filename="../widgets/figureexportdialog.cpp" line="106"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="108"/>
        <source> dpi</source>
        <extracomment>dots per inch</extracomment>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="109"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Figure:</source>
        <translation>図:</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="110"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="139"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="140"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図版 (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/figureexportdialog.cpp" line="141"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>teiten::FilesModel</name>
    <message>
        <location filename="../models/filesmodel.cpp" line="45"/>
        <source>imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="46"/>
        <source>partial</source>
        <translation>一部のみ</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="47"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="120"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="121"/>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="122"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="123"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="124"/>
        <source>Malformed</source>
        <translation>不正な形式</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="125"/>
        <source>First packet</source>
        <translation>最初のパケット</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="126"/>
        <source>Last packet</source>
        <translation>最後のパケット</translation>
    </message>
    <message>
        <location filename="../models/filesmodel.cpp" line="127"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>teiten::FilterBar</name>
    <message>
        <location filename="../widgets/filterbar.cpp" line="99"/>
        <source>Only traffic seen by this sensor</source>
        <translation>このセンサーで観測した通信のみ</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="102"/>
        <source>All sensors</source>
        <translation>すべてのセンサー</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="103"/>
        <source>Any protocol</source>
        <translation>すべてのプロトコル</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="104"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="105"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="106"/>
        <source>Source address or prefix</source>
        <translation>送信元アドレスまたはプレフィックス</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="107"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="108"/>
        <source>Remove every filter</source>
        <translation>すべての絞り込みを解除</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="126"/>
        <source>Unknown protocol. Write TCP, UDP, ICMP, ICMPv6, GRE or an IP protocol number from 0 to 255.</source>
        <translation>不明なプロトコルです。TCP、UDP、ICMP、ICMPv6、GRE または 0〜255 の IP プロトコル番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="128"/>
        <source>Unknown region. Write an ISO 3166-1 code such as CN, a region name, or ZZ for unknown.</source>
        <translation>不明な地域です。CN のような ISO 3166-1 コード、地域名、または不明を表す ZZ を入力してください。</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="130"/>
        <source>A port is a whole number from 0 to 65535.</source>
        <translation>ポートは 0〜65535 の整数です。</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="132"/>
        <source>The prefix length must be 0 to 32 for an IPv4 address and 0 to 128 for IPv6.</source>
        <translation>プレフィックス長は IPv4 では 0〜32、IPv6 では 0〜128 にしてください。</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="134"/>
        <source>Not an address or prefix. Write e.g. 192.0.2.1, 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation>アドレスでもプレフィックスでもありません。192.0.2.1、192.0.2.0/24、2001:db8::/32 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="188"/>
        <source>Only this IP protocol (TCP, UDP, ICMP, … or a number)</source>
        <translation>この IP プロトコルのみ（TCP、UDP、ICMP など、または番号）</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="190"/>
        <source>Only sources from this region (ISO code such as CN, or a name)</source>
        <translation>この地域の送信元のみ（CN のような ISO コード、または地域名）</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="191"/>
        <source>Only this destination port</source>
        <translation>この宛先ポートのみ</translation>
    </message>
    <message>
        <location filename="../widgets/filterbar.cpp" line="193"/>
        <source>Only sources in this address or prefix, e.g. 192.0.2.0/24</source>
        <translation>このアドレスまたはプレフィックス内の送信元のみ（例：192.0.2.0/24）</translation>
    </message>
</context>
<context>
    <name>teiten::FlowsModel</name>
    <message>
        <location filename="../models/flowsmodel.cpp" line="189"/>
        <source>First packet %1, last packet %2</source>
        <extracomment>%1 and %2 are times; one flow tuple aggregates the packets of one hour.</extracomment>
        <translation>最初のパケット %1、最後のパケット %2</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="256"/>
        <source>Time (%1)</source>
        <extracomment>%1 is the clock, &quot;UTC&quot; or &quot;UTC+09:00&quot;.</extracomment>
        <translation>時刻（%1）</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="257"/>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="258"/>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="259"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="260"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="261"/>
        <source>Src port / type</source>
        <translation>送信元ポート/タイプ</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="262"/>
        <source>Dst port / code</source>
        <translation>宛先ポート/コード</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="263"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="264"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="265"/>
        <source>IP length</source>
        <translation>IP 長</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="266"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/flowsmodel.cpp" line="267"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>teiten::HeatStripDelegate</name>
    <message>
        <location filename="../widgets/heatstripdelegate.cpp" line="118"/>
        <source>%1: %2 packets</source>
        <extracomment>Tooltip on one day of a heat strip: %1 date, %2 packets that day.</extracomment>
        <translation>%1:%2 パケット</translation>
    </message>
</context>
<context>
    <name>teiten::IcsPortsModel</name>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="103"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="113"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="114"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="115"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="116"/>
        <source>Sources</source>
        <translation>送信元数</translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="117"/>
        <source>Onset</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../models/icsportsmodel.cpp" line="118"/>
        <source>From search-engine crawlers</source>
        <translation>検索エンジンのクローラーから</translation>
    </message>
</context>
<context>
    <name>teiten::IcsView</name>
    <message>
        <location filename="../widgets/icsview.cpp" line="123"/>
        <source>No control-system ports were probed in %1.</source>
        <translation>%1 には制御システムのポートへの探索はありませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/icsview.cpp" line="124"/>
        <source>%n control-system port(s) probed in %1.</source>
        <translation>
            <numerusform>%1 に探索された制御システムのポート：%n 個。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/icsview.cpp" line="141"/>
        <source>Chart of control-system ports</source>
        <translation>制御システムのポートのグラフ</translation>
    </message>
    <message>
        <location filename="../widgets/icsview.cpp" line="88"/>
        <source>%1 (%2): %3 packets, %4 sensor(s)%5</source>
        <translation>%1（%2）：%3 パケット、センサー %4 台%5</translation>
    </message>
    <message>
        <location filename="../widgets/icsview.cpp" line="91"/>
        <source>, known %1 scanner</source>
        <translation>、既知のスキャナー %1</translation>
    </message>
</context>
<context>
    <name>teiten::ImportProblemsDialog</name>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="21"/>
        <source>imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="22"/>
        <source>partly imported</source>
        <translation>一部のみ取り込み</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="23"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="24"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="25"/>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="33"/>
        <source>Import Results</source>
        <translation>取り込み結果</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="41"/>
        <source>%1 files, %2 packets imported in %3 s; %4 with problems.</source>
        <translation>%1 ファイル、%2 パケットを %3 秒で取り込みました。問題のあったもの：%4 件。</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="45"/>
        <source>The import was cancelled.</source>
        <translation>取り込みは中止されました。</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Malformed</source>
        <translation>不正な形式</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="54"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../widgets/importproblemsdialog.cpp" line="69"/>
        <source>Copy All</source>
        <translation>すべてコピー</translation>
    </message>
</context>
<context>
    <name>teiten::ImportProgressWidget</name>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="20"/>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="24"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="52"/>
        <source>Preparing import…</source>
        <translation>取り込みを準備中…</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="57"/>
        <location filename="../widgets/importprogresswidget.cpp" line="64"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="76"/>
        <source>estimating time left</source>
        <translation>残り時間を推定中</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="78"/>
        <source>building the quarters&apos; rankings and series</source>
        <translation>四半期のランキングと時系列を作成中</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="81"/>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="83"/>
        <source>finishing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="86"/>
        <source>Importing file %1 of %2 · %3 packets · %4 packets/s · %5</source>
        <extracomment>import progress in the status bar: %1 files done, %2 files total, %3 packets, %4 packets per second, %5 time left</extracomment>
        <translation>ファイル %1/%2 を取り込み中 · %3 パケット · %4 パケット/秒 · %5</translation>
    </message>
</context>
<context>
    <name>teiten::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="189"/>
        <source>Drill-down</source>
        <translation>ドリルダウン</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="190"/>
        <location filename="../widgets/mainwindow.cpp" line="323"/>
        <source>Drill-down: %1</source>
        <translation>ドリルダウン：%1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>New Workspace</source>
        <translation>新しいワークスペース</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="232"/>
        <location filename="../widgets/mainwindow.cpp" line="590"/>
        <source>Teiten workspaces (*.db)</source>
        <translation>Teiten ワークスペース (*.db)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="239"/>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="240"/>
        <source>Teiten workspaces (*.db);;All files (*)</source>
        <translation>Teiten ワークスペース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="265"/>
        <source>About Teiten</source>
        <translation>Teiten について</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Teiten %1&lt;/b&gt; — darknet sensor analysis workstation.&lt;/p&gt;&lt;p&gt;Region data: the bundled sample uses its own database; the public country database is derived from NRO delegation data via ip-location-db (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Teiten %1&lt;/b&gt; — ダークネットセンサー分析ワークステーション&lt;/p&gt;&lt;p&gt;地域データ：同梱のサンプルは専用のデータベースを使用しています。公開の地域データベースは NRO の割り振りデータに基づき ip-location-db から提供されています（CC BY 4.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="297"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="298"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったワークスペース(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="299"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="300"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="301"/>
        <source>&amp;New Workspace…</source>
        <translation>新しいワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="302"/>
        <source>&amp;Open Workspace…</source>
        <translation>ワークスペースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="303"/>
        <source>&amp;Import Captures…</source>
        <translation>キャプチャを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="304"/>
        <source>Import &amp;Folder…</source>
        <translation>フォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="305"/>
        <source>Export &amp;Figure…</source>
        <translation>図の書き出し(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="306"/>
        <source>Export &amp;Report…</source>
        <translation>レポートの書き出し(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="307"/>
        <source>&amp;Verify Workspace</source>
        <translation>ワークスペースを検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="308"/>
        <source>Run the full integrity check of the workspace, even if it is unchanged since it last passed</source>
        <translation>前回の整合性チェックに合格してから変更がない場合でも、ワークスペースの整合性チェックを完全に実行します</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="309"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="310"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="311"/>
        <source>&amp;About Teiten</source>
        <translation>Teiten について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="312"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="313"/>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="315"/>
        <source>Events</source>
        <translation>事象</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="318"/>
        <source>ICS</source>
        <extracomment>Tab of industrial control system ports</extracomment>
        <translation>制御システム</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="325"/>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="342"/>
        <location filename="../widgets/mainwindow.cpp" line="373"/>
        <location filename="../widgets/mainwindow.cpp" line="378"/>
        <source>Teiten</source>
        <translation>Teiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="343"/>
        <source>Open a workspace or drop capture files here</source>
        <translation>ワークスペースを開くか、ここにキャプチャファイルをドロップしてください</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="348"/>
        <source>%1 — %2 — Teiten</source>
        <extracomment>window title: %1 workspace file name, %2 period</extracomment>
        <translation>%1 — %2 — Teiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="349"/>
        <source>%1 — Teiten</source>
        <translation>%1 — Teiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="379"/>
        <source>%1 was written by an older version of Teiten. Upgrade it to open it here?</source>
        <translation>%1 は以前のバージョンの Teiten で作成されています。ここで開けるようにアップグレードしますか？</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="381"/>
        <source>The upgrade changes how the workspace stores its flows; for a large workspace it takes minutes. Older versions of Teiten cannot open it afterwards.</source>
        <translation>アップグレードではワークスペースのフローの保存形式を変更します。大きなワークスペースでは数分かかります。アップグレード後は以前のバージョンの Teiten では開けません。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="383"/>
        <source>Upgrade</source>
        <translation>アップグレード</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="393"/>
        <source>Upgrading %1…</source>
        <translation>%1 をアップグレード中…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="404"/>
        <source>Could not upgrade the workspace: %1</source>
        <translation>ワークスペースをアップグレードできませんでした：%1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="420"/>
        <source>Checking the integrity of %1…</source>
        <translation>%1 の整合性をチェックしています…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="421"/>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="438"/>
        <source>Could not open the workspace: %1</source>
        <translation>ワークスペースを開けませんでした：%1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="449"/>
        <source>%1 passed the full integrity check.</source>
        <translation>%1 は完全な整合性チェックに合格しました。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="457"/>
        <source>Open a workspace first.</source>
        <translation>先にワークスペースを開いてください。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="488"/>
        <source>Could not create the workspace: %1</source>
        <translation>ワークスペースを作成できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="558"/>
        <source>No recent workspaces</source>
        <translation>最近使ったワークスペースはありません</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="562"/>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="572"/>
        <source>Import Folder</source>
        <translation>フォルダーを取り込む</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="579"/>
        <source>Import Captures</source>
        <extracomment>file dialog filter; %1 is the list of name patterns</extracomment>
        <translation>キャプチャを取り込む</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="580"/>
        <source>Captures (%1);;All files (*)</source>
        <translation>キャプチャ (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="589"/>
        <source>New Workspace for the Import</source>
        <translation>取り込み用の新しいワークスペース</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="605"/>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>取り込みが実行中です。終わるのを待つか、先に中止してください。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="627"/>
        <source>Import cancelled after %1 packets</source>
        <translation>%1 パケットで取り込みを中止しました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="629"/>
        <source>Imported %1 packets from %2 files</source>
        <translation>%2 ファイルから %1 パケットを取り込みました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="699"/>
        <source>Import Running</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="700"/>
        <source>An import is running. Cancel it and quit?</source>
        <translation>取り込みが実行中です。中止して終了しますか?</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="774"/>
        <source>This view shows nothing that can be exported as a figure.</source>
        <translation>この画面には図として書き出せるものがありません。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="810"/>
        <source>Exporting the figure to %1…</source>
        <translation>図を %1 に書き出しています…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="815"/>
        <source>Could not export the figure: %1</source>
        <translation>図を書き出せませんでした: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="819"/>
        <source>Figure written to %1</source>
        <translation>図を %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="834"/>
        <source>Open a workspace first: the report is made from its captures.</source>
        <translation>先にワークスペースを開いてください。レポートはその観測データから作成します。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="838"/>
        <source>A report is already being written.</source>
        <translation>レポートはすでに書き出し中です。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="858"/>
        <source>Choose a period for the report.</source>
        <translation>レポートの期間を選んでください。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="870"/>
        <source>Export Report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="871"/>
        <source>Preparing the report of %1…</source>
        <translation>%1 のレポートを準備しています…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="890"/>
        <source>Writing the report of %1…</source>
        <translation>%1 のレポートを書き出しています…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="911"/>
        <source>Report export cancelled</source>
        <translation>レポートの書き出しをキャンセルしました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="913"/>
        <source>Could not write the report: %1</source>
        <translation>レポートを書き出せませんでした: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="918"/>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="922"/>
        <source>Report Written</source>
        <translation>レポートの書き出し完了</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="922"/>
        <source>The report was written to %1.

Open it now?</source>
        <translation>レポートを %1 に書き出しました。

今すぐ開きますか?</translation>
    </message>
</context>
<context>
    <name>teiten::PeriodBar</name>
    <message>
        <location filename="../widgets/periodbar.cpp" line="68"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="69"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="70"/>
        <source>Compare with previous period</source>
        <translation>前期間と比較</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="71"/>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="72"/>
        <source>Last day (inclusive)</source>
        <translation>終了日（当日を含む）</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="91"/>
        <source>%1 Q%2</source>
        <extracomment>quarter preset, e.g. &quot;2013 Q3&quot;; %1 year, %2 quarter number</extracomment>
        <translation>%1年 第%2四半期</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="94"/>
        <source>   %2 %1</source>
        <extracomment>month preset, indented below its quarter: %1 year, %2 localised month name (&quot;July&quot;; ja &quot;7月&quot;)</extracomment>
        <translation>   %1年%2</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="95"/>
        <source>%1 – %2</source>
        <translation>%1 〜 %2</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="122"/>
        <source>Custom range…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="139"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/periodbar.cpp" line="149"/>
        <source>No data in this workspace yet: import captures first</source>
        <translation>このワークスペースにはまだデータがありません。先にキャプチャを取り込んでください</translation>
    </message>
</context>
<context>
    <name>teiten::RankingModel</name>
    <message>
        <location filename="../models/rankingmodel.cpp" line="171"/>
        <source>%1%</source>
        <extracomment>a share of all packets, e.g. &quot;12.34%&quot;; %1 is the localised number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="177"/>
        <source>new</source>
        <extracomment>previous-period rank column: the key was not ranked in the previous period</extracomment>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="187"/>
        <source>Not seen in %1</source>
        <translation>%1 には観測なし</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="189"/>
        <source>Up from rank %1 in %2 (%3 packets)</source>
        <translation>%2 の %1 位から上昇（%3 パケット）</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="192"/>
        <source>Down from rank %1 in %2 (%3 packets)</source>
        <translation>%2 の %1 位から下降（%3 パケット）</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="195"/>
        <source>Same rank in %1 (%2 packets)</source>
        <translation>%1 と同じ順位（%2 パケット）</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="228"/>
        <source>Show %1 in the chart</source>
        <translation>%1 をグラフに表示</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="269"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="270"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="270"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="271"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="271"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="272"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="273"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="274"/>
        <source>Sources</source>
        <translation>送信元数</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="277"/>
        <source>Previous</source>
        <extracomment>column header: rank in the previous period</extracomment>
        <translation>前期間</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="280"/>
        <source>Scanners</source>
        <extracomment>column header: share of packets from known scanners and scanning tools</extracomment>
        <translation>スキャナー</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="285"/>
        <source>Distinct source addresses</source>
        <translation>重複を除いた送信元アドレスの数</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="286"/>
        <source>Share of all packets in the period</source>
        <translation>期間中の全パケットに対する割合</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="287"/>
        <source>Rank in the previous period</source>
        <translation>前期間の順位</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="288"/>
        <source>IANA service name</source>
        <translation>IANA のサービス名</translation>
    </message>
    <message>
        <location filename="../models/rankingmodel.cpp" line="290"/>
        <source>Share of the packets from known research and search-engine scanners (by list) and from ZMap, Masscan and Mirai (by packet fingerprint)</source>
        <translation>既知の研究用・検索エンジンのスキャナー（リストによる）と ZMap、Masscan、Mirai（パケットの特徴による）からのパケットの割合</translation>
    </message>
</context>
<context>
    <name>teiten::RankingPane</name>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="91"/>
        <source>Source regions</source>
        <translation>送信元地域</translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="91"/>
        <source>Destination ports</source>
        <translation>宛先ポート</translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="92"/>
        <source>Packets by source region</source>
        <translation>送信元地域別のパケット数</translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="92"/>
        <source>Packets by destination port</source>
        <translation>宛先ポート別のパケット数</translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="112"/>
        <location filename="../widgets/rankingpane.cpp" line="115"/>
        <source>%1 (%2)</source>
        <extracomment>chart legend entry for a region: %1 localised name, %2 ISO code</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="136"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../widgets/rankingpane.cpp" line="139"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
</context>
<context>
    <name>teiten::RankingView</name>
    <message>
        <location filename="../widgets/rankingview.cpp" line="114"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="115"/>
        <source>Export Table as Figure…</source>
        <translation>表を図として書き出す…</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="118"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="118"/>
        <source>Top %1</source>
        <translation>上位 %1</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="120"/>
        <location filename="../widgets/rankingview.cpp" line="245"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="121"/>
        <source>Copy the selected rows (or the whole table) as tab-separated text</source>
        <translation>選択した行（または表全体）をタブ区切りのテキストとしてコピー</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="122"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="123"/>
        <source>Save the table as CSV or TSV</source>
        <translation>表を CSV または TSV で保存</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="193"/>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした：%2</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="207"/>
        <location filename="../widgets/rankingview.cpp" line="216"/>
        <source>Save Ranking</source>
        <translation>ランキングを保存</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="208"/>
        <source>CSV files (*.csv);;TSV files (*.tsv)</source>
        <translation>CSV ファイル (*.csv);;TSV ファイル (*.tsv)</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="230"/>
        <source>Drill Down into %1</source>
        <translation>%1 をドリルダウン</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="232"/>
        <source>Chart Only %1</source>
        <translation>%1 のみをグラフに表示</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="234"/>
        <source>Remove %1 from Chart</source>
        <translation>%1 をグラフから外す</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="234"/>
        <source>Add %1 to Chart</source>
        <translation>%1 をグラフに追加</translation>
    </message>
    <message>
        <location filename="../widgets/rankingview.cpp" line="246"/>
        <source>Export as CSV or TSV…</source>
        <translation>CSV または TSV で書き出す…</translation>
    </message>
</context>
<context>
    <name>teiten::RenderJob</name>
    <message>
        <location filename="../widgets/renderjob.cpp" line="43"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
</context>
<context>
    <name>teiten::ReportExportDialog</name>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="103"/>
        <location filename="../widgets/reportexportdialog.cpp" line="127"/>
        <source>Export Report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="104"/>
        <source>PDF file</source>
        <translation>PDF ファイル</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="105"/>
        <source>Folder (HTML with PNG figures)</source>
        <translation>フォルダー(HTML と PNG の図)</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="106"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Output:</source>
        <translation>出力:</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="107"/>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="123"/>
        <source>Folder for the HTML Report</source>
        <translation>HTML レポートのフォルダー</translation>
    </message>
    <message>
        <location filename="../widgets/reportexportdialog.cpp" line="127"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>teiten::SensorActivityModel</name>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="96"/>
        <source>%1 / %2</source>
        <extracomment>Days with traffic out of the period&apos;s days, e.g. &quot;12 / 92&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="119"/>
        <source>No packets in this period.</source>
        <translation>この期間にはパケットがありません。</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="124"/>
        <source>Busiest day %1: %2 packets. Traffic on %3 of %4 days.</source>
        <extracomment>%1 date of the busiest day, %2 its packets, %3 days with traffic, %4 days in the period.</extracomment>
        <translation>最多の日 %1:%2 パケット。%4 日中 %3 日で通信あり。</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="134"/>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="135"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="136"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="137"/>
        <source>Sources</source>
        <translation>送信元数</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="138"/>
        <source>Days active</source>
        <translation>通信のあった日数</translation>
    </message>
    <message>
        <location filename="../models/sensoractivitymodel.cpp" line="139"/>
        <source>Packets per day</source>
        <translation>パケット数（1日あたり）</translation>
    </message>
</context>
<context>
    <name>teiten::SensorsModel</name>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="182"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="219"/>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="220"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="221"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="222"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="223"/>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <location filename="../models/sensorsmodel.cpp" line="224"/>
        <source>Last seen</source>
        <translation>最終観測</translation>
    </message>
</context>
<context>
    <name>teiten::SensorsPanel</name>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="56"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="57"/>
        <source>Include every sensor</source>
        <translation>すべてのセンサーを含める</translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="58"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="59"/>
        <source>Exclude every sensor</source>
        <translation>すべてのセンサーを除外</translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="74"/>
        <source>No sensors</source>
        <translation>センサーなし</translation>
    </message>
    <message>
        <location filename="../widgets/sensorspanel.cpp" line="74"/>
        <source>%1 of %2 sensors included</source>
        <translation>センサー %2 台中 %1 台を対象</translation>
    </message>
</context>
<context>
    <name>teiten::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="68"/>
        <source>Country Database</source>
        <translation>地域データベース</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="69"/>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation>MaxMind データベース (*.mmdb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="124"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="125"/>
        <source>&amp;Country database:</source>
        <translation>地域データベース(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="126"/>
        <source>GeoLite2/GeoIP2 or another country .mmdb</source>
        <translation>GeoLite2/GeoIP2 などの国別 .mmdb</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="127"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="128"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="129"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="130"/>
        <source>&amp;Day boundary:</source>
        <translation>日付の区切り(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="131"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="132"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="133"/>
        <source>Days start at this offset from UTC (stored in the workspace), e.g. +9 for Japan</source>
        <translation>1日の始まりを UTC からこの時間だけずらします（ワークスペースに保存）。日本時間なら +9</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="134"/>
        <source>Default &amp;top N:</source>
        <translation>既定の上位件数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="137"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="137"/>
        <source>Top %1</source>
        <translation>上位 %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="139"/>
        <source>Chart &amp;font:</source>
        <translation>グラフのフォント(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>teiten::SourcesModel</name>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="103"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="122"/>
        <source>Packets from this source match the header patterns of %1.</source>
        <extracomment>Tooltip on the fingerprint column; %1 lists tool names such as &quot;ZMap, Masscan&quot;.</extracomment>
        <translation>この送信元のパケットは %1 のヘッダーの特徴と一致します。</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="127"/>
        <source>%1: %2</source>
        <extracomment>tooltip: %1 class (&quot;known search-engine crawlers&quot;), %2 scanner name from the list (&quot;shodan&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="175"/>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="176"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="177"/>
        <source>Packets</source>
        <translation>パケット数</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="178"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="179"/>
        <source>Sensors hit</source>
        <translation>到達センサー数</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="180"/>
        <source>Services</source>
        <translation>サービス数</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="182"/>
        <source>First seen (%1)</source>
        <extracomment>%1 is the clock, &quot;UTC&quot; or &quot;UTC+09:00&quot;.</extracomment>
        <translation>初回観測（%1）</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="184"/>
        <source>Last seen (%1)</source>
        <extracomment>%1 is the clock, &quot;UTC&quot; or &quot;UTC+09:00&quot;.</extracomment>
        <translation>最終観測（%1）</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="185"/>
        <source>Tool fingerprints</source>
        <translation>ツールの特徴</translation>
    </message>
    <message>
        <location filename="../models/sourcesmodel.cpp" line="187"/>
        <source>Scanner class</source>
        <extracomment>column header: the source&apos;s scanner class (known crawler, research scanner, ZMap, …)</extracomment>
        <translation>スキャナー分類</translation>
    </message>
</context>
<context>
    <name>teiten::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="77"/>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="78"/>
        <source>Logarithmic packet axis</source>
        <translation>パケット数の軸を対数目盛にする</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="79"/>
        <source>Reset zoom</source>
        <translation>ズームを戻す</translation>
    </message>
    <message>
        <source>Drag a rectangle on the chart to zoom in; right-click zooms out</source>
        <translation type="vanished">グラフ上で範囲をドラッグすると拡大、右クリックで縮小します</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="197"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="236"/>
        <source>%1
%2
%3 packets</source>
        <extracomment>chart tooltip: %1 series name, %2 date, %3 packets</extracomment>
        <translation>%1
%2
%3 パケット</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="87"/>
        <location filename="../widgets/timeserieschart.cpp" line="286"/>
        <source>Packets per hour</source>
        <translation>パケット数（1時間あたり）</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="80"/>
        <source>Drag a rectangle on the chart to zoom in; the right button&apos;s menu zooms out</source>
        <translation>グラフ上で範囲をドラッグすると拡大、右クリックのメニューで縮小します</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="81"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="82"/>
        <source>Reset Zoom</source>
        <translation>拡大をリセット</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="83"/>
        <source>Export Figure…</source>
        <translation>図として書き出す…</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="84"/>
        <source>Save this chart as a published figure (PNG, SVG or PDF)</source>
        <translation>このグラフを公開用の図(PNG、SVG、PDF)として保存します</translation>
    </message>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="87"/>
        <location filename="../widgets/timeserieschart.cpp" line="286"/>
        <source>Packets per day</source>
        <translation>パケット数（1日あたり）</translation>
    </message>
</context>
<context>
    <name>teiten::Workspace</name>
    <message>
        <source>%1: the workspace is empty</source>
        <translation type="vanished">%1：ワークスペースが空です</translation>
    </message>
</context>
</TS>
