using System.Text;
using static Daisee.Billing.Worker.Tests.Hostile.HostileData;

namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>
/// Every class of hostile dataset the worker must survive, each as small as it can be. Big
/// cases (<see cref="Big"/>) are generated at test time into the case's temporary folder.
/// </summary>
public static class HostileCorpus
{
    private const string Refused = "DATASET_ENTRY_REFUSED";
    private const string Unreadable = "FILE_UNREADABLE";
    private const string OutOfRange = "VALUE_OUT_OF_RANGE";

    public static IEnumerable<HostileCase> Small() => [.. Zips(), .. Values(), .. Texts(), .. Files()];

    public static IEnumerable<HostileCase> Zips() =>
    [
        new("zip-corrupt-deflate", Unreadable, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", [0xFF, 0xFE, 0x00, 0x13, 0x37, 0x42]) { Method = 8, UncompressedSize = 500 }))),
        new("zip-corrupt-collective", Unreadable, true, i => i.Zip(new RawZip().Add(new RawZipEntry("collective.json", [0xFF, 0x00, 0x01]) { Method = 8, UncompressedSize = 40 }).Add("curves/producer.csv", June(Producer)))),
        new("zip-encrypted-entry", Refused, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", Encoding.UTF8.GetBytes(June(Consumer))) { Flags = 1 }))),
        new("zip-bzip2-entry", Refused, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", Encoding.UTF8.GetBytes("BZh91AY&SY")) { Method = 12, UncompressedSize = 300 }))),
        new("zip-lzma-entry", Refused, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", [1, 2, 3, 4]) { Method = 14, UncompressedSize = 300 }))),
        new("zip-aes-entry", Refused, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", [1, 2, 3, 4]) { Method = 99, Flags = 1 }))),
        new("zip-bad-crc", Unreadable, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", Encoding.UTF8.GetBytes(June(Consumer))) { Crc = 0xDEADBEEF }))),
        new("zip-bad-crc-deflated", Unreadable, null, i => i.Zip(new RawZip().Add("collective.json", Collective()).Add("curves/producer.csv", June(Producer)).Add(Deflated("curves/consumer.csv", June(Consumer)) with { Crc = 1 }))),
        new("zip64-size-max", Refused, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", [1, 2, 3]) { UncompressedSize = 0xFFFFFFFF, CompressedSize = 0xFFFFFFFF, Extra = RawZip.Zip64Sizes(ulong.MaxValue, 3) }))),
        new("zip64-negative-size-lifts-limit", Refused, null, i => i.Zip(Zip(new RawZipEntry("curves/a.csv", [1, 2, 3]) { UncompressedSize = 0xFFFFFFFF, CompressedSize = 0xFFFFFFFF, Extra = RawZip.Zip64Sizes(0x8000_0000_0000_0000, 3) })
            .Add(new RawZipEntry("curves/b.csv", [1, 2, 3]) { UncompressedSize = 0xFFFFFFFF, Extra = RawZip.Zip64Sizes(0x7FFF_FFFF_FFFF_FFF0, 3), CompressedSize = 0xFFFFFFFF }))),
        new("zip-size-lies-short", Unreadable, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", Encoding.UTF8.GetBytes(June(Consumer))) { UncompressedSize = 10 }))),
        new("zip-duplicate-collective", Refused, true, i => i.Zip(Zip().Add("collective.json", "{}"))),
        new("zip-duplicate-curve", Refused, false, i => i.Zip(Zip().Add("curves/consumer.csv", June(Consumer)))),
        new("zip-hidden-collective-wins-not", Refused, false, i => i.Zip(Zip().Add(".collective.json", "{\"participants\": []}"))),
        new("zip-hidden-collective-only", "COLLECTIVE_MISSING", true, i => i.Zip(new RawZip().Add(".collective.json", Collective()).Add("curves/producer.csv", June(Producer)))),
        new("zip-dot-slash-name", Refused, true, i => i.Zip(new RawZip().Add("./collective.json", Collective()).Add("curves/producer.csv", June(Producer)))),
        new("zip-symlink-entry", Refused, null, i => i.Zip(Zip(new RawZipEntry("curves/consumer.csv", Encoding.UTF8.GetBytes("/etc/passwd")) { ExternalAttributes = 0xA1FFu << 16 }))),
        new("zip-parent-path", Refused, null, i => i.Zip(Zip().Add("../evil.csv", June(Consumer)))),
        new("zip-truncated", "DATASET_UNREADABLE", true, i => { var bytes = Zip().ToBytes(); File.WriteAllBytes(i.Combine("dataset.zip"), bytes[..(bytes.Length / 2)]); i.Environment["IEXEC_DATASET_FILENAME"] = "dataset.zip"; }),
    ];

    public static IEnumerable<HostileCase> Values() =>
    [
        new("stamp-year-9999", "TIMESTAMP_INVALID", null, i => i.Zip(Zip().Add("curves/far.csv", LayoutA(Consumer, "Consommation", ["9999-12-31T23:30:00-02:00;100", "9999-12-31T23:59:59-14:00;100"])))),
        new("stamp-year-9999-generic", null!, null, i => i.Zip(Zip().Add("curves/far.csv", $"prm;start;end;wh\n{Consumer};9999-12-31T23:30:00Z;9999-12-31T23:59:59-05:00;1\n"))),
        new("month-9999-12", "ARGUMENT_INVALID", true, i => { i.Zip(Zip()); i.Month = "9999-12"; }),
        new("month-0001-01", "ARGUMENT_INVALID", true, i => { i.Zip(Zip()); i.Month = "0001-01"; }),
        new("gap-4000-years", "TIMESTAMP_INVALID", null, i => i.Zip(Zip().Add("curves/gap.csv", LayoutA(Consumer, "Consommation", ["2026-06-01T00:30:00+02:00;100", "6026-06-01T01:00:00+02:00;100", "6026-06-01T01:30:00+02:00;100"])))),
        new("power-1e15-watts", OutOfRange, null, i => i.Zip(Zip().Add("curves/big.csv", LayoutA(Producer, "Production", [.. Enumerable.Range(0, 40).Select(k => $"2026-06-02T{k / 2:00}:{(k % 2) * 30:00}:00+02:00;1000000000000000")])))),
        new("power-1e20-watts", OutOfRange, null, i => i.Zip(Zip().Add("curves/big.csv", LayoutA(Producer, "Production", ["2026-06-02T12:30:00+02:00;100000000000000000000"])))),
        new("energy-28-digits", OutOfRange, null, i => i.Zip(Zip().Add("curves/big.csv", $"prm;start;end;wh\n{Consumer};2026-06-02T10:00:00Z;2026-06-02T10:30:00Z;9999999999999999999999999999\n"))),
        new("energy-28-digits-fraction", OutOfRange, null, i => i.Zip(Zip().Add("curves/big.csv", $"prm;start;end;wh\n{Consumer};2026-06-02T10:00:00Z;2026-06-02T10:30:00Z;79228162514264337593543950335\n"))),
        new("kilowatts-1e25", OutOfRange, null, i => i.Zip(Zip().Add("curves/big.csv", LayoutC(Consumer, "kW", "PT30M", "10000000000000000000000000")))),
        new("subscribed-kva-huge", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Collective(consumerExtra: ", \"subscribedKva\": 79228162514264337593543950335")))),
        new("price-huge", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Collective().Replace("0.12", "79228162514264337593543950335", StringComparison.Ordinal)))),
        new("surplus-price-huge", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Collective().Replace("0.07", "7922816251426433759354395033", StringComparison.Ordinal)))),
        new("tolerance-huge", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Collective(policies: ", \"policies\": { \"reconciliationToleranceWh\": 79228162514264337593543950335 }")))),
        new("pas-p99999999y", "STEP_UNKNOWN", null, i => i.Zip(Zip().Add("curves/c.csv", LayoutC(Consumer, "W", "P99999999Y", "100")))),
        new("pas-pt-huge-minutes", "STEP_UNKNOWN", null, i => i.Zip(Zip().Add("curves/c.csv", LayoutC(Consumer, "W", "PT99999999999999999M", "100")))),
        new("lord-howe-60-minutes", "COLLECTIVE_INVALID", true, i =>
        {
            i.Zip(new RawZip().Add("collective.json", Collective("Australia/Lord_Howe", 60)).Add("curves/p.csv", Curve(Producer, new NodaTime.YearMonth(2026, 10), 60, "Australia/Lord_Howe")));
            i.Month = "2026-10";
        }),
        new("lord-howe-30-minutes-april", null!, false, i =>
        {
            i.Zip(new RawZip().Add("collective.json", Collective("Australia/Lord_Howe", 30)).Add("curves/p.csv", Curve(Producer, new NodaTime.YearMonth(2026, 4), 30, "Australia/Lord_Howe")).Add("curves/c.csv", Curve(Consumer, new NodaTime.YearMonth(2026, 4), 30, "Australia/Lord_Howe")));
            i.Month = "2026-04";
        }),
    ];

    public static IEnumerable<HostileCase> Texts() =>
    [
        new("collective-latin1-key", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Latin1(Collective().Replace("\"name\": \"Hostile\"", "\"n\u00e9me\": \"x\", \"name\": \"Hostile\"", StringComparison.Ordinal))))),
        new("collective-latin1-value", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Latin1(Collective().Replace("Hostile", "Caf\u00e9", StringComparison.Ordinal))))),
        new("collective-not-json", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Encoding.UTF8.GetBytes("{\"participants\": [")))),
        new("collective-deep-nesting", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Encoding.UTF8.GetBytes(new string('[', 100_000))))),
        new("acc-json-latin1-key", null!, false, i => i.Zip(Zip().Add("enedis-acc/split.json", Latin1("{\"cons_id\": \"" + Consumer + "\", \"unit\": \"Wh\", \"quantit\u00e9s\": [], \"quantities\": [{\"type\": \"cons\", \"values\": [{\"timestamp\": \"2026-06-02T12:30:00+02:00\", \"value\": \"7\"}]}]}")))),
        new("acc-json-huge-value", null!, false, i => i.Zip(Zip().Add("enedis-acc/split.json", "{\"cons_id\": \"" + Consumer + "\", \"unit\": \"kWh\", \"quantities\": [{\"type\": \"cons\", \"values\": [{\"timestamp\": \"2026-06-02T12:30:00+02:00\", \"value\": \"1e300\"}, {\"timestamp\": \"9999-12-31T23:30:00-05:00\", \"value\": \"99999999999999999999999999\"}]}]}"))),
        new("acc-csv-huge-value", null!, false, i => i.Zip(Zip().Add("enedis-acc/split.csv", $"Identifiant PRM;Horodate;CONS;AUTOCONS\n{Consumer};2026-06-02T12:30:00+02:00;99999999999999999999999999;1\n{Consumer};9999-12-31T23:30:00-05:00;1;1\n"))),
        new("xml-malformed-counts", "LINE_UNPARSEABLE", null, i => i.Zip(Zip().Add("curves/r50.xml", "<?xml version=\"1.0\"?>\n<R50><En_Tete_Flux><Pas_Publication>30</Pas_Publication></En_Tete_Flux><PRM><Id_PRM>" + Consumer + "</Id_PRM>\n<PDC><H>2026-06-02T00:30:00+02:00</H><V>300</V></PDC>\n<PDC><H>2026-06-02T01:00:00+02:00</H><V>3<<</V></PDC>\n<PDC><H>2026-06-02T01:30:00+02:00</H><V>300</V></PDC>\n"))),
        new("xml-r4x-huge-value", OutOfRange, null, i => i.Zip(Zip().Add("curves/r4x.xml", "<?xml version=\"1.0\"?>\n<Courbe><Entete><Identifiant_Flux>R4Q</Identifiant_Flux></Entete><Corps><Identifiant_PRM>" + Consumer + "</Identifiant_PRM><Donnees_Courbe><Granularite>30</Granularite><Unite_Mesure>kW</Unite_Mesure><Grandeur_Metier>CONS</Grandeur_Metier>\n<Donnees_Point_Mesure Horodatage=\"2026-06-02T00:30:00+02:00\" Valeur_Point=\"99999999999999999999999\" Statut_Point=\"R\"/>\n</Donnees_Courbe></Corps></Courbe>\n"))),
        new("keys-huge-values", null!, null, i => i.Zip(new RawZip().Add("collective.json", Collective().Replace("\"method\": \"prorata\"", "\"method\": \"dynamic-simple\", \"keysFile\": \"keys.csv\"", StringComparison.Ordinal)).Add("curves/producer.csv", June(Producer)).Add("curves/consumer.csv", June(Consumer))
            .Add("keys.csv", $"start,prm,coefficient\n9999-12-31T23:30:00Z,{Consumer},1\n2026-06-01T00:00:00Z,{Consumer},99999999999999999999999999999\n"))),
        new("dates-extreme-membership", null!, null, i => i.Zip(ZipWith(Collective(consumerExtra: ", \"joined\": \"0001-01-01\", \"left\": \"9999-12-31\"")))),
        new("dates-extreme-prices", null!, null, i => i.Zip(ZipWith(Collective().Replace("2026-01-01", "9999-12-31", StringComparison.Ordinal)))),
        new("collective-huge-prm-value", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Collective().Replace(Consumer, new string('7', 2_000_000), StringComparison.Ordinal)))),
        new("binary-garbage-curve", "FILE_FORMAT_UNKNOWN", false, i => i.Zip(Zip().Add("curves/garbage.bin", [.. Enumerable.Range(0, 5000).Select(k => (byte)((k * 131) % 256))]))),
    ];

    public static IEnumerable<HostileCase> Files() =>
    [
        new("folder-symlink-passwd", Refused, false, i => { var d = i.DatasetFolder(); Folder(d); File.CreateSymbolicLink(Path.Combine(d, "curves", "passwd.csv"), "/etc/passwd"); }),
        new("folder-symlink-devzero", Refused, false, i => { var d = i.DatasetFolder(); Folder(d); File.CreateSymbolicLink(Path.Combine(d, "curves", "zero.csv"), "/dev/zero"); }),
        new("folder-symlink-loop", Refused, false, i => { var d = i.DatasetFolder(); Folder(d); Directory.CreateSymbolicLink(Path.Combine(d, "curves", "loop"), ".."); }),
        new("folder-symlink-collective", Refused, true, i => { var d = i.DatasetFolder(); Folder(d); File.Move(Path.Combine(d, "collective.json"), i.Combine("real.json")); File.CreateSymbolicLink(Path.Combine(d, "collective.json"), i.Combine("real.json")); }),
        new("folder-hidden-collective", Refused, false, i => { var d = i.DatasetFolder(); Folder(d); File.WriteAllText(Path.Combine(d, ".collective.json"), "{}"); }),
        new("folder-fifo", "FILE_FORMAT_UNKNOWN", false, i => { var d = i.DatasetFolder(); Folder(d); MakeFifo(Path.Combine(d, "curves", "pipe.csv")); }),
        new("input-file-outside-in", Refused, false, i => { i.Zip(Zip()); i.Environment["IEXEC_INPUT_FILES_NUMBER"] = "1"; i.Environment["IEXEC_INPUT_FILE_NAME_1"] = "../../../../etc/passwd"; }),
        new("input-file-absolute", Refused, false, i => { i.Zip(Zip()); i.Environment["IEXEC_INPUT_FILES_NUMBER"] = "1"; i.Environment["IEXEC_INPUT_FILE_NAME_1"] = "/etc/passwd"; }),
        new("input-files-number-max", "ARGUMENT_INVALID", false, i => { i.Zip(Zip()); i.Environment["IEXEC_INPUT_FILES_NUMBER"] = "2147483647"; }),
        new("dataset-filename-outside-in", Refused, true, i => { i.Environment["IEXEC_DATASET_FILENAME"] = "../../../../etc/passwd"; }),
    ];

    /// <summary>Cases whose input is large: generated into the case folder at test time, never committed.</summary>
    public static IEnumerable<HostileCase> Big() =>
    [
        new("million-bad-rows", "ISSUES_TRUNCATED", null, i => i.Zip(Zip().Add("curves/bad.csv", Repeat("prm;start;end;wh\n", "x;y;z\n", 1_000_000)))),
        new("million-unknown-prms", "ISSUES_TRUNCATED", null, i => i.Zip(Zip().Add("curves/unknown.csv", UnknownPrms(1_000_000)))),
        new("line-of-1-gib", "LINE_UNPARSEABLE", null, i => WriteZipStreamed(i, "curves/long.csv", "prm;start;end;wh\n", (byte)'7', 1L << 30)),
        new("xml-text-node-300-mib", "LINE_UNPARSEABLE", null, i => WriteZipStreamed(i, "curves/r50.xml", "<?xml version=\"1.0\"?>\n<R50><PRM><Id_PRM>" + Consumer + "</Id_PRM>\n<PDC><H>2026-06-02T00:30:00+02:00</H><V>", (byte)'9', 300L << 20, "</V></PDC></PRM></R50>\n")),
        new("xml-attribute-200-mib", "LINE_UNPARSEABLE", null, i => WriteZipStreamed(i, "curves/r4x.xml", "<?xml version=\"1.0\"?>\n<Courbe><Entete><Identifiant_Flux>R4Q</Identifiant_Flux></Entete><Corps><Identifiant_PRM>" + Consumer + "</Identifiant_PRM><Donnees_Courbe><Granularite>30</Granularite><Unite_Mesure>kW</Unite_Mesure><Grandeur_Metier>CONS</Grandeur_Metier>\n<Donnees_Point_Mesure Horodatage=\"2026-06-02T00:30:00+02:00\" Valeur_Point=\"", (byte)'9', 200L << 20, "\" Statut_Point=\"R\"/>\n</Donnees_Courbe></Corps></Courbe>\n")),
        new("collective-100-mib", "COLLECTIVE_INVALID", true, i => WriteZipStreamed(i, "collective.json", "{\"name\": \"", (byte)'a', 100L << 20, "\"}")),
        new("participants-100000", "COLLECTIVE_INVALID", true, i => i.Zip(ZipWith(Encoding.UTF8.GetBytes(ManyParticipants(100_000))))),
    ];

    private static RawZipEntry Deflated(string name, string text)
    {
        var zip = new RawZip().AddDeflated(name, Encoding.UTF8.GetBytes(text));
        return zip.Entries[0];
    }

    private static RawZip ZipWith(string collective) => ZipWith(Encoding.UTF8.GetBytes(collective));

    private static RawZip ZipWith(byte[] collective) =>
        new RawZip().Add("collective.json", collective).Add("curves/producer.csv", June(Producer)).Add("curves/consumer.csv", June(Consumer));

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static string LayoutC(string prm, string unit, string pas, string value) =>
        "Identifiant PRM;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Horodate;Valeur;Nature;Pas\n"
        + $"{prm};2026-06-01 00:00:00;2026-07-01 00:00:00;PA;CONS;BRUT;{unit};2026-06-02 10:30:00;{value};R;{pas}\n";

    private static string Repeat(string header, string row, int count) => new StringBuilder(header.Length + (row.Length * count)).Append(header).Insert(header.Length, row, count).ToString();

    private static string UnknownPrms(int count)
    {
        var text = new StringBuilder("prm;start;end;wh\n", count * 64);
        for (var k = 0; k < count; k++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{40000000000000L + k};2026-06-02T10:00:00Z;2026-06-02T10:30:00Z;1\n");
        }

        return text.ToString();
    }

    private static string ManyParticipants(int count)
    {
        var text = new StringBuilder(Collective()[..Collective().IndexOf("\"participants\": [", StringComparison.Ordinal)]).Append("\"participants\": [");
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{ \"prm\": \"{Producer}\", \"name\": \"Roof\", \"role\": \"producer\", \"surplusPriceEurPerKwh\": 0.07 }}");
        for (var k = 1; k < count; k++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $",\n{{ \"prm\": \"{40000000000000L + k}\", \"name\": \"M{k}\", \"role\": \"consumer\" }}");
        }

        return text.Append("],\n\"allocation\": { \"method\": \"prorata\" },\n\"localPrices\": [ { \"from\": \"2026-01-01\", \"classes\": { \"base\": 0.12 } } ] }").ToString();
    }

    /// <summary>A zip whose one big stored entry (prefix, <paramref name="size"/> filler bytes, suffix) is streamed to disk, beside the valid June dataset.</summary>
    private static void WriteZipStreamed(HostileInput input, string name, string prefix, byte filler, long size, string suffix = "")
    {
        var path = input.Combine("dataset.zip");
        var baseZip = name == "collective.json" ? new RawZip().Add("curves/producer.csv", June(Producer)) : Zip();
        BigZip.Write(path, baseZip, name, Encoding.UTF8.GetBytes(prefix), filler, size, Encoding.UTF8.GetBytes(suffix));
        input.Environment["IEXEC_DATASET_FILENAME"] = "dataset.zip";
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
    }
}
