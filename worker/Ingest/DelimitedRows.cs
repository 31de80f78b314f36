using System.Text;
using CsvHelper;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// A forward cursor over a delimited file's rows, exactly as <see cref="DelimitedLines.ReadSniffed"/>
/// yields them (leading blank lines one by one, the separator sniffed from the first non-blank
/// line, then CsvHelper's reader, one record per physical line), for the hot loops: a row's fields
/// can be looked at as UTF-8 bytes (<see cref="Utf8"/>) without making a string of each.
/// </summary>
public sealed class DelimitedRows(TextReader text) : IDisposable
{
    private CsvReader? _csv;
    private int _csvFirstLine;
    private string[]? _line;
    private int _lines;
    private bool _ended;

    /// <summary>The 1-based line number of the current row.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields of the current row (at least 1, as <see cref="Fields"/>).</summary>
    public int FieldCount => _line?.Length ?? Math.Max(1, _csv!.Current.FieldCount);

    public bool MoveNext()
    {
        if (_csv is not null)
        {
            _line = null;
            if (!_csv.Read())
            {
                return false;
            }

            Line = _csvFirstLine - 1 + checked((int)_csv.LineNumber);
            return true;
        }

        if (_ended || text.ReadLine() is not { } line)
        {
            _ended = true;
            return false;
        }

        Line = ++_lines;
        if (string.IsNullOrWhiteSpace(line))
        {
            _line = [string.Empty];
            return true;
        }

        var delimiter = DelimitedLines.SeparatorOf(line);
        _line = DelimitedLines.Split(line, delimiter);
        _csv = CsvReader.Create(text, DelimitedLines.Options(delimiter), leaveOpen: true);
        _csvFirstLine = _lines + 1;
        return true;
    }

    /// <summary>The current row's fields as strings (an empty row is one empty field).</summary>
    public string[] Fields()
    {
        if (_line is not null)
        {
            return _line;
        }

        var row = _csv!.Current;
        var fields = new string[row.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row.GetString(i) ?? string.Empty;
        }

        return fields.Length == 0 ? [string.Empty] : fields;
    }

    /// <summary>Field <paramref name="index"/> of the current row as UTF-8 bytes, valid until the next move (empty past the last field).</summary>
    public ReadOnlySpan<byte> Utf8(int index)
    {
        if (_line is not null)
        {
            return index < _line.Length ? Encoding.UTF8.GetBytes(_line[index]) : [];
        }

        return index < _csv!.Current.FieldCount ? _csv.GetSpan(index) : [];
    }

    /// <summary>True when every field of the current row is blank (as <see cref="DelimitedLines.IsBlank"/>).</summary>
    public bool IsBlank()
    {
        if (_line is not null)
        {
            return DelimitedLines.IsBlank(_line);
        }

        for (var i = 0; i < FieldCount; i++)
        {
            var field = Utf8(i);
            foreach (var b in field)
            {
                if (b >= 0x80)
                {
                    // A non-ASCII character may be Unicode white space: judged on the text.
                    return DelimitedLines.IsBlank(Fields());
                }

                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public void Dispose() => _csv?.Dispose();
}
