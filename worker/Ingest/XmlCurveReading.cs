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
