using System.Text;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// A whole PDF/A-3B file in the layout PdfPig 0.1.16's <c>PdfDocumentBuilder.Build</c> writes
/// (<c>IncludeDocumentInformation = false</c>, <c>ArchiveStandard = A3B</c>, one TrueType font):
/// the header, the font's objects 1–4 (<see cref="PdfFontObjects"/>), the page tree's leaves
/// reserved, each page's content stream then its dictionary, the leaves (under a root once there
/// are more than 25 pages), the sRGB output profile, the XMP metadata, the catalog, one
/// cross-reference section and the trailer, whose <c>/ID</c> is set from the content (the bytes
/// <see cref="PdfCanvas.WithContentId"/> gives). With an attachment, the tail is the one
/// <see cref="FacturX.FacturXPdf.Attach"/> gives that file (its XMP, the embedded XML, its file
/// specification, the catalog that lists them, a new cross-reference table), written in the same
/// pass: the file is written once, into one pooled buffer, and copied out once.
/// </summary>
public static class PdfDocumentWriter
{
    private const int LeafSize = 25;
    private const string Condition = "sRGB IEC61966-2.1";

    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 169, 205, 196, 210, (byte)'\n'];

    private static readonly Lazy<byte[]> ProfileBytes = new(() => PdfFlate.Compress(SrgbProfile()));

    private static readonly byte[] Xmp = Encoding.UTF8.GetBytes(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\" x:xmptk=\"Adobe XMP Core 5.6-c014 79.156797, 2014/08/20-09:53:02        \">\n"
        + "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        + "      <dc:format>application/pdf</dc:format>\n      <pdf:PDFVersion>1.7</pdf:PDFVersion>\n      <pdf:Producer>PdfPig</pdf:Producer>\n"
        + "    </rdf:Description>\n    <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "      <pdfaid:part>3</pdfaid:part>\n      <pdfaid:conformance>B</pdfaid:conformance>\n    </rdf:Description>\n  </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");

    public static byte[] Write(IReadOnlyList<PdfPageContent> pages, PdfCharacterCodes codes, FacturX.FacturXPdf.Attachment? attachment = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(codes);
        var font = PdfFontObjects.Instance.For(codes.Order);
        var leaves = (pages.Count + LeafSize - 1) / LeafSize;
        if (leaves > LeafSize)
        {
            throw new NotSupportedException($"A document of {pages.Count} pages needs a deeper page tree than this writer builds ({LeafSize * LeafSize} pages at most).");
        }

        var firstLeaf = PdfFontObjects.FontNumber + 4;
        var firstPage = firstLeaf + leaves;
        var total = firstPage + (2 * pages.Count) + (leaves > 1 ? 1 : 0) + 3;
        var offsets = new long[total];
        using var output = new PdfBuffer(font.Bytes.Length + (pages.Count * 8192) + (attachment?.Xml.Length ?? 0) + 16384);
        using var compressed = new PdfBuffer(8192);
        output.Bytes(Header);
        for (var i = 0; i < 4; i++)
        {
            offsets[PdfFontObjects.FontNumber + i] = Header.Length + font.Offsets[i];
        }

        output.Bytes(font.Bytes);
        var next = firstPage + pages.Count;
        for (var p = 0; p < pages.Count; p++)
        {
            var content = next++;
            offsets[content] = output.Length;
            var data = pages[p].HasContent ? pages[p].Content : [];
            compressed.Clear();
            PdfFlate.Compress(data, compressed);
            PdfFontObjects.Stream(output, content, compressed.WrittenSpan, data.Length);
            offsets[firstPage + p] = output.Length;
            output.Digits(firstPage + p).Text(" 0 obj\n<<");
            if (pages[p].HasText)
            {
                output.Text("/Resources <</Font <</").Text(PdfPageContent.FontName).Byte((byte)' ').Digits(PdfFontObjects.FontNumber).Text(" 0 R >>>>");
            }

            output.Text("/Type /Page /Parent ").Digits(firstLeaf + (p / LeafSize)).Text(" 0 R /ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ] /MediaBox [ 0 0 595 842 ] /Contents ")
                .Digits(content).Text(" 0 R >>\nendobj\n");
        }

        var root = leaves > 1 ? next++ : firstLeaf;
        for (var l = 0; l < leaves; l++)
        {
            offsets[firstLeaf + l] = output.Length;
            var count = Math.Min(LeafSize, pages.Count - (l * LeafSize));
            output.Digits(firstLeaf + l).Text(" 0 obj\n<</Type /Pages /Kids [ ");
            for (var p = l * LeafSize; p < (l * LeafSize) + count; p++)
            {
                output.Digits(firstPage + p).Text(" 0 R ");
            }

            output.Text("] /Count ").Digits(count);
            if (leaves > 1)
            {
                output.Text(" /Parent ").Digits(root).Text(" 0 R");
            }

            output.Text(" >>\nendobj\n");
        }

        if (leaves > 1)
        {
            offsets[root] = output.Length;
            output.Digits(root).Text(" 0 obj\n<</Type /Pages /Kids [ ");
            for (var l = 0; l < leaves; l++)
            {
                output.Digits(firstLeaf + l).Text(" 0 R ");
            }

            output.Text("] /Count ").Digits(pages.Count).Text(" >>\nendobj\n");
        }

        var id = attachment is null ? Finish(output, offsets, next, root) : FacturX.FacturXPdf.Finish(output, offsets, next, root, attachment);
        SetContentId(output.Written, id);
        return output.ToArray();
    }

    /// <summary>The output profile, the XMP metadata, the catalog, the cross-reference table and the trailer; returns where the trailer's <c>/ID [</c> bracket is.</summary>
    private static int Finish(PdfBuffer output, long[] offsets, int profile, int pages)
    {
        var metadata = Profile(output, offsets, profile);
        offsets[metadata] = output.Length;
        output.Digits(metadata).Text(" 0 obj\n<</Type /Metadata /Subtype /XML /Length ").Digits(Xmp.Length).Text(" >>\nstream\n").Bytes(Xmp).Text("\nendstream\nendobj\n");
        var catalog = metadata + 1;
        offsets[catalog] = output.Length;
        Catalog(output, catalog, pages, profile, metadata).Text(">>\nendobj\n");
        output.Byte((byte)'\n');
        var xref = output.Length;
        output.Text("xref\n0 ").Digits(offsets.Length).Text(" \n");
        CrossReferences(output, offsets);
        output.Text("trailer\n<</Size ").Digits(offsets.Length).Text(" /Root ").Digits(catalog).Text(" 0 R /ID ");
        var id = output.Length;
        output.Text(BlankId).Text(" >>\nstartxref\n").Digits(xref).Text("\n%%EOF");
        return id;
    }

    /// <summary>The trailer's <c>/ID</c> before it is set: two strings of 32 zeros.</summary>
    public const string BlankId = "[ <00000000000000000000000000000000><00000000000000000000000000000000>]";

    /// <summary>The output profile object; returns the number of the object after it (the XMP metadata's).</summary>
    public static int Profile(PdfBuffer output, long[] offsets, int profile)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(offsets);
        var profileBytes = ProfileBytes.Value;
        offsets[profile] = output.Length;
        output.Digits(profile).Text(" 0 obj\n<</Length ").Digits(profileBytes.Length).Text(" /N 3 /Filter /FlateDecode >>\nstream\n").Bytes(profileBytes).Text("\nendstream\nendobj\n");
        return profile + 1;
    }

    /// <summary>The catalog object up to its closing <c>&gt;&gt;</c> (its last entry the metadata's, followed by a space).</summary>
    public static PdfBuffer Catalog(PdfBuffer output, int catalog, int pages, int profile, int metadata)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Digits(catalog).Text(" 0 obj\n<</Type /Catalog /Pages ").Digits(pages).Text(" 0 R /OutputIntents [ <</Type /OutputIntent /S /GTS_PDFA1 /OutputCondition (")
            .Text(Condition).Text(") /OutputConditionIdentifier (").Text(Condition).Text(") /RegistryName (http://www.color.org) /Info (").Text(Condition)
            .Text(") /DestOutputProfile ").Digits(profile).Text(" 0 R >>] /Metadata ").Digits(metadata).Text(" 0 R ");
    }

    /// <summary>The free entry of object 0, then one entry per object (ten-digit offset, generation 0, in use).</summary>
    public static void CrossReferences(PdfBuffer output, long[] offsets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(offsets);
        output.Text("0000000000 65535 f \n");
        for (var i = 1; i < offsets.Length; i++)
        {
            var entry = output.Free(20);
            var value = offsets[i];
            for (var d = 9; d >= 0; d--)
            {
                entry[d] = (byte)('0' + (value % 10));
                value /= 10;
            }

            " 00000 n \n"u8.CopyTo(entry[10..]);
            output.Advance(20);
        }
    }

    /// <summary>
    /// <see cref="PdfCanvas.WithContentId"/> in place: the <c>/ID</c>'s brackets' inside is blanked
    /// to zeros, the SHA-256 of the whole file taken, and its hex digits (capitals) put in the two
    /// strings' places; the spaces and angle brackets stay.
    /// </summary>
    private static void SetContentId(Span<byte> pdf, int open)
    {
        var close = open + BlankId.Length - 1;
        var ids = pdf[(open + 1)..close];
        ids.Fill((byte)'0');
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(pdf, hash);
        Span<byte> digits = stackalloc byte[64];
        var written = 0;
        for (var i = 0; i < hash.Length; i++)
        {
            digits[written++] = HexDigit(hash[i] >> 4);
            digits[written++] = HexDigit(hash[i] & 0xF);
        }

        var next = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var c = BlankId[1 + i];
            ids[i] = c == '0' ? digits[next++] : (byte)c;
        }
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'A' + value - 10);

    /// <summary>The sRGB ICC profile PdfPig embeds as its output intent (a resource of its assembly).</summary>
    private static byte[] SrgbProfile()
    {
        var assembly = typeof(UglyToad.PdfPig.Writer.PdfDocumentBuilder).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("sRGB2014.icc", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException("PdfPig's assembly no longer holds the sRGB2014.icc output profile.");
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Resource {name} cannot be read.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
