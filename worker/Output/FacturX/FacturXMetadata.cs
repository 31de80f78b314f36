using System.Text;

namespace Daisee.Billing.Worker.Output.FacturX;

/// <summary>
/// The XMP metadata of a Factur-X PDF: PDF/A-3 part and conformance (<c>pdfaid</c>), the Factur-X
/// properties (<c>fx:DocumentType</c> INVOICE, <c>fx:DocumentFileName</c> factur-x.xml,
/// <c>fx:Version</c> 1.0, <c>fx:ConformanceLevel</c>) and the PDF/A extension schema that declares
/// them (Factur-X 1.07, § PDF/A-3 metadata). No date: the bytes depend on the invoice alone.
/// </summary>
public static class FacturXMetadata
{
    public const string Namespace = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
    public const string FileName = "factur-x.xml";
    public const string ConformanceLevel = "EN 16931";

    private static readonly (string Name, string Description)[] Properties =
    [
        ("DocumentFileName", "The name of the embedded XML document"),
        ("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"),
        ("Version", "The actual version of the standard applying to the embedded XML document"),
        ("ConformanceLevel", "The conformance level of the embedded XML document"),
    ];

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The packet's bytes before and after the escaped title, built once (the title is the only part that varies).</summary>
    private static readonly (byte[] Before, byte[] After) Parts = Split();

    public static byte[] Xmp(string title)
    {
        var escaped = System.Security.SecurityElement.Escape(title);
        var (before, after) = Parts;
        var bytes = new byte[before.Length + Utf8.GetByteCount(escaped) + after.Length];
        before.CopyTo(bytes, 0);
        var written = Utf8.GetBytes(escaped, bytes.AsSpan(before.Length));
        after.CopyTo(bytes, before.Length + written);
        return bytes;
    }


    private const string TitleMark = "\0";

    private static (byte[] Before, byte[] After) Split()
    {
        var packet = Packet(TitleMark);
        var at = packet.IndexOf(TitleMark, StringComparison.Ordinal);
        return (Utf8.GetBytes(packet[..at]), Utf8.GetBytes(packet[(at + TitleMark.Length)..]));
    }

    private static string Packet(string escapedTitle)
    {
        var x = new StringBuilder();
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.Append("  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.Append("    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        x.Append("      <dc:format>application/pdf</dc:format>\n");
        x.Append("      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(escapedTitle).Append("</rdf:li></rdf:Alt></dc:title>\n");
        x.Append("      <pdf:Producer>PdfPig</pdf:Producer>\n");
        x.Append("    </rdf:Description>\n");
        x.Append("    <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        x.Append("      <pdfaid:part>3</pdfaid:part>\n      <pdfaid:conformance>B</pdfaid:conformance>\n");
        x.Append("    </rdf:Description>\n");
        x.Append("    <rdf:Description rdf:about=\"\" xmlns:fx=\"").Append(Namespace).Append("\">\n");
        x.Append("      <fx:DocumentType>INVOICE</fx:DocumentType>\n");
        x.Append("      <fx:DocumentFileName>").Append(FileName).Append("</fx:DocumentFileName>\n");
        x.Append("      <fx:Version>1.0</fx:Version>\n");
        x.Append("      <fx:ConformanceLevel>").Append(ConformanceLevel).Append("</fx:ConformanceLevel>\n");
        x.Append("    </rdf:Description>\n");
        x.Append("    <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
        x.Append("      <pdfaExtension:schemas>\n        <rdf:Bag>\n          <rdf:li rdf:parseType=\"Resource\">\n");
        x.Append("            <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>\n");
        x.Append("            <pdfaSchema:namespaceURI>").Append(Namespace).Append("</pdfaSchema:namespaceURI>\n");
        x.Append("            <pdfaSchema:prefix>fx</pdfaSchema:prefix>\n");
        x.Append("            <pdfaSchema:property>\n              <rdf:Seq>\n");
        foreach (var (name, description) in Properties)
        {
            x.Append("                <rdf:li rdf:parseType=\"Resource\">\n");
            x.Append("                  <pdfaProperty:name>").Append(name).Append("</pdfaProperty:name>\n");
            x.Append("                  <pdfaProperty:valueType>Text</pdfaProperty:valueType>\n");
            x.Append("                  <pdfaProperty:category>external</pdfaProperty:category>\n");
            x.Append("                  <pdfaProperty:description>").Append(description).Append("</pdfaProperty:description>\n");
            x.Append("                </rdf:li>\n");
        }

        x.Append("              </rdf:Seq>\n            </pdfaSchema:property>\n          </rdf:li>\n        </rdf:Bag>\n      </pdfaExtension:schemas>\n");
        x.Append("    </rdf:Description>\n  </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.ToString();
    }
}
