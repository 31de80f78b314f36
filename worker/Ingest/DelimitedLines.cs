using System.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Streams a delimited text file as (1-based line number, fields), one physical line at a
/// time. Fields may be double-quoted (a doubled quote inside is one quote); quoted fields do
/// not span lines in the grid operator's files, so an unclosed quote ends at the line end.
/// </summary>
public static class DelimitedLines
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader text, char delimiter, int firstLineNumber = 1)
    {
        var number = firstLineNumber - 1;
        string? line;
        while ((line = text.ReadLine()) is not null)
        {
            number++;
            yield return (number, Split(line, delimiter));
        }
    }

    /// <summary>The separator of a file, from its first non-blank line: ';' when present, else ',' when present, else ';'.</summary>
    public static char SeparatorOf(string line) =>
        line.Contains(';', StringComparison.Ordinal) || !line.Contains(',', StringComparison.Ordinal) ? ';' : ',';

    /// <summary>Like <see cref="Read"/>, with the separator sniffed from the first non-blank line (line numbers are kept).</summary>
    public static IEnumerable<(int Line, string[] Fields)> ReadSniffed(TextReader text)
    {
        var number = 0;
        string? line;
        while ((line = text.ReadLine()) is not null && string.IsNullOrWhiteSpace(line))
        {
            number++;
            yield return (number, [string.Empty]);
        }

        if (line is null)
        {
            yield break;
        }

        var delimiter = SeparatorOf(line);
        number++;
        yield return (number, Split(line, delimiter));
        foreach (var row in Read(text, delimiter, number + 1))
        {
            yield return row;
        }
    }

    /// <summary>The fields of a file head's first non-blank line, split on its sniffed separator.</summary>
    public static string[] FirstFields(string head)
    {
        var line = CurveFileReader.FirstLine(head);
        return Split(line, SeparatorOf(line));
    }

    public static string[] Split(string line, char delimiter)
    {
        if (line.IndexOf('"', StringComparison.Ordinal) < 0)
        {
            return line.Split(delimiter);
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    public static bool IsBlank(string[] fields) => fields.All(string.IsNullOrWhiteSpace);
}
