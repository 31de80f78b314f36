using System.Globalization;
using System.Text;
using System.Xml;
using NodaTime;

namespace Daisee.Billing.Worker.Output.FacturX;

/// <summary>
/// The low-level writing of a UN/CEFACT Cross Industry Invoice (D16B, as Factur-X 1.07 uses it):
/// the four namespaces, dates in format 102 (<c>yyyyMMdd</c>), amounts with two decimals,
/// quantities and prices with up to six, UTF-8 without BOM, LF, two-space indent.
/// </summary>
public sealed class CiiXml : IDisposable
{
    public const string Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    public const string Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    public const string Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    public const string Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    private readonly MemoryStream _stream = new(16384);
    private readonly XmlWriter _xml;

    public CiiXml()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        _xml = XmlWriter.Create(_stream, settings);
        _xml.WriteStartDocument();
        _xml.WriteStartElement("rsm", "CrossIndustryInvoice", Rsm);
        _xml.WriteAttributeString("xmlns", "qdt", null, Qdt);
        _xml.WriteAttributeString("xmlns", "ram", null, Ram);
        _xml.WriteAttributeString("xmlns", "udt", null, Udt);
    }

    public void OpenRsm(string name) => _xml.WriteStartElement("rsm", name, Rsm);

    public void Open(string name) => _xml.WriteStartElement("ram", name, Ram);

    public void Close() => _xml.WriteEndElement();

    /// <summary>A <c>ram:</c> element with text, optionally one attribute (e.g. <c>schemeID</c>).</summary>
    public void Text(string name, string value, string? attribute = null, string? attributeValue = null)
    {
        _xml.WriteStartElement("ram", name, Ram);
        if (attribute is not null)
        {
            _xml.WriteAttributeString(attribute, attributeValue);
        }

        _xml.WriteString(Clean(value));
        _xml.WriteEndElement();
    }

    public void Amount(string name, decimal value) => Text(name, value.ToString("0.00", CultureInfo.InvariantCulture));

    public void Number(string name, decimal value, string? unitCode = null) =>
        Text(name, value.ToString("0.00####", CultureInfo.InvariantCulture), unitCode is null ? null : "unitCode", unitCode);

    /// <summary>A date element holding <c>udt:DateTimeString format="102"</c>.</summary>
    public void Date(string name, LocalDate date)
    {
        Open(name);
        _xml.WriteStartElement("udt", "DateTimeString", Udt);
        _xml.WriteAttributeString("format", "102");
        _xml.WriteString(Format102(date));
        _xml.WriteEndElement();
        Close();
    }

    /// <summary>A date element holding <c>qdt:DateTimeString format="102"</c> (referenced documents).</summary>
    public void QualifiedDate(string name, LocalDate date)
    {
        Open(name);
        _xml.WriteStartElement("qdt", "DateTimeString", Qdt);
        _xml.WriteAttributeString("format", "102");
        _xml.WriteString(Format102(date));
        _xml.WriteEndElement();
        Close();
    }

    public byte[] ToBytes()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        _stream.WriteByte((byte)'\n');
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _xml.Dispose();
        _stream.Dispose();
    }

    public static string Format102(LocalDate date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Whether no character needs cleaning: tab, line feed, carriage return, or U+0020–U+FFFD outside the surrogates.</summary>
    private static bool IsClean(string value)
    {
        foreach (var c in value)
        {
            if (!(c is '\t' or '\n' or '\r' || (c >= '\u0020' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>XML 1.0 cannot carry control characters or lone surrogates: they become spaces.</summary>
    private static string Clean(string value)
    {
        if (!value.AsSpan().ContainsAnyExceptInRange('\u0020', '\uD7FF') || IsClean(value))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            var ok = rune.Value is 0x9 or 0xA or 0xD || (rune.Value >= 0x20 && rune.Value is not (0xFFFE or 0xFFFF));
            text.Append(ok ? rune.ToString() : " ");
        }

        return text.ToString();
    }
}
