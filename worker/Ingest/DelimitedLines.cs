using CsvHelper;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The one place delimited text is split and its separator chosen. Streams a delimited file
/// as (1-based line number, fields) with CsvHelper's reader, one record per physical line:
/// fields may be double-quoted (a doubled quote inside is one quote); quoted fields do not span
/// lines in the grid operator's files, so an unclosed quote ends at the line end; malformed
/// quoting is recovered (the row then fails the format's own checks), never thrown.
/// </summary>
public static class DelimitedLines
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader text, char delimiter, int firstLineNumber = 1)
    {
        using var reader = CsvReader.Create(text, Options(delimiter), leaveOpen: true);
        while (reader.Read())
        {
            yield return (firstLineNumber - 1 + checked((int)reader.LineNumber), Fields(reader));
        }
    }

    /// <summary>The separator of a file, from its first non-blank line: ';' when present, else ',' when present, else ';'.</summary>
    public static char SeparatorOf(string line) =>
        line.Contains(';', StringComparison.Ordinal) || !line.Contains(',', StringComparison.Ordinal) ? ';' : ',';

    /// <summary>Like <see cref="Read"/>, with the separator sniffed from the first non-blank line (line numbers are kept).</summary>
    public static IEnumerable<(int Line, string[] Fields)> ReadSniffed(TextReader text)
    {
        using var rows = new DelimitedRows(text);
        while (rows.MoveNext())
        {
            yield return (rows.Line, rows.Fields());
        }
    }

    /// <summary>The fields of a file head's first non-blank line, split on its sniffed separator.</summary>
    public static string[] FirstFields(string head)
    {
        var line = CurveFileReader.FirstLine(head);
        return Split(line, SeparatorOf(line));
    }

    /// <summary>The fields of one line (a header already read as a line).</summary>
    public static string[] Split(string line, char delimiter)
    {
        // Without quotes or line ends the CSV reader splits at every separator, keeping blanks as they are.
        if (line.AsSpan().IndexOfAny('"', '\r', '\n') < 0)
        {
            return line.Split(delimiter);
        }

        using var reader = CsvReader.Create(new StringReader(line), Options(delimiter), leaveOpen: false);
        return reader.Read() ? Fields(reader) : [string.Empty];
    }

    public static bool IsBlank(string[] fields) => fields.All(string.IsNullOrWhiteSpace);

    internal static CsvReaderOptions Options(char delimiter) => CsvReaderOptions.Default with
    {
        Separator = delimiter,
        HasHeader = false,
        SkipEmptyLines = false,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = false,
        TrimWhitespace = false,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Recover,
    };

    private static string[] Fields(CsvReader reader)
    {
        var row = reader.Current;
        var fields = new string[row.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row.GetString(i) ?? string.Empty;
        }

        return fields.Length == 0 ? [string.Empty] : fields;
    }
}
