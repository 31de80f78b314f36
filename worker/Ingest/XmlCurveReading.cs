using System.Xml;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Safe, streaming XmlReader settings for the grid operator's flux (no DTD, no external resolution) and its line numbers.</summary>
public static class XmlCurveReading
{
    public static XmlReader Open(TextReader text) => XmlReader.Create(text, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    });

    /// <summary>The longest element text kept (a stamp, a value, a PRM); longer text is read in chunks and cut, never held whole.</summary>
    public const int MaxTextChars = 256;

    /// <summary>
    /// Like <c>ReadElementContentAsString</c> (the reader ends after the element), keeping at most
    /// <see cref="MaxTextChars"/> characters of the element's text, read chunk by chunk.
    /// </summary>
    public static string ReadBoundedContent(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var kept = new System.Text.StringBuilder();
        var chunk = new char[MaxTextChars];
        reader.Read();
        while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            int n;
            while ((n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                kept.Append(chunk, 0, Math.Min(n, MaxTextChars - kept.Length));
            }

            reader.Read();
        }

        if (reader.NodeType == XmlNodeType.EndElement)
        {
            reader.Read();
        }

        return kept.ToString();
    }

    public static int LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>True when the head of a file is XML whose root element is one of <paramref name="roots"/>.</summary>
    public static bool HasRoot(string head, params string[] roots)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (!text.StartsWith('<'))
        {
            return false;
        }

        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0 && i + 1 < text.Length)
        {
            if (text[i + 1] is not ('?' or '!'))
            {
                var name = new string(text.AsSpan(i + 1).ToArray().TakeWhile(c => char.IsLetterOrDigit(c) || c == '_' || c == ':').ToArray());
                return roots.Contains(name, StringComparer.Ordinal);
            }

            i++;
        }

        return false;
    }
}
