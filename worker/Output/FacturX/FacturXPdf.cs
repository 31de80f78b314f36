using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Daisee.Billing.Worker.Output.FacturX;

/// <summary>
/// Turns a PDF/A-3B written by PdfPig (its catalog and XMP metadata are the file's last two
/// objects) into a Factur-X document: the XMP is replaced by <see cref="FacturXMetadata"/>, the XML
/// is embedded as <c>factur-x.xml</c> (MIME <c>text/xml</c>, dated the invoice's issue date) with a
/// file specification of relationship <c>/Data</c>, listed in the catalog's <c>/AF</c> and in the
/// <c>/EmbeddedFiles</c> name tree, and the cross-reference table is rewritten. The trailer keeps
/// its <c>/ID</c> (set from the content afterwards, <see cref="Pdf.PdfCanvas.WithContentId"/>).
/// The worker writes the same bytes in the writing pass itself (<see cref="Finish"/>, called by
/// <see cref="Pdf.PdfDocumentWriter"/>); <see cref="Attach"/> turns any such PDF (PdfPig's own)
/// into its Factur-X form, which the tests compare with.
/// </summary>
public static partial class FacturXPdf
{
    /// <summary>What a Factur-X document carries: the CII XML, the date it is given, the document's title (XMP <c>dc:title</c>).</summary>
    public sealed record Attachment(byte[] Xml, LocalDate Modified, string Title);

    /// <summary>
    /// The end of a Factur-X file in the layout <see cref="Attach"/> gives it, written after the page
    /// tree: the output profile (object <paramref name="profile"/>), the Factur-X XMP, the embedded
    /// file and its specification (numbered after all the others), the catalog, the cross-reference
    /// table and the trailer. Returns where the trailer's <c>/ID [</c> bracket is.
    /// </summary>
    public static int Finish(Pdf.PdfBuffer output, long[] offsets, int profile, int pages, Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(attachment);
        var metadata = Pdf.PdfDocumentWriter.Profile(output, offsets, profile);
        var catalog = metadata + 1;
        var file = offsets.Length;
        var spec = file + 1;
        var all = new long[offsets.Length + 2];
        offsets.CopyTo(all, 0);
        var xmp = FacturXMetadata.Xmp(attachment.Title);
        all[metadata] = output.Length;
        output.Digits(metadata).Text(" 0 obj\n<< /Type /Metadata /Subtype /XML /Length ").Digits(xmp.Length).Text(" >>\nstream\n").Bytes(xmp).Text(EndStream);
        all[file] = output.Length;
        output.Digits(file).Text(" 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Params << /Size ").Digits(attachment.Xml.Length)
            .Text(" /ModDate (D:").Text(attachment.Modified.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Text("000000+00'00') >> /Length ")
            .Digits(attachment.Xml.Length).Text(" >>\nstream\n").Bytes(attachment.Xml).Text(EndStream);
        all[spec] = output.Length;
        output.Digits(spec).Text(" 0 obj\n<< /Type /Filespec /F (").Text(FacturXMetadata.FileName).Text(") /UF (").Text(FacturXMetadata.FileName)
            .Text(") /Desc (Factur-X) /AFRelationship /Data /EF << /F ").Digits(file).Text(" 0 R /UF ").Digits(file).Text(" 0 R >> >>\nendobj\n\n");
        all[catalog] = output.Length;
        Pdf.PdfDocumentWriter.Catalog(output, catalog, pages, profile, metadata).Text(" /Names << /EmbeddedFiles << /Names [ (").Text(FacturXMetadata.FileName).Text(") ")
            .Digits(spec).Text(" 0 R ] >> >> /AF [ ").Digits(spec).Text(" 0 R ] >>\nendobj\n\n");
        var xref = output.Length;
        output.Text("xref\n0 ").Digits(all.Length).Byte((byte)'\n');
        Pdf.PdfDocumentWriter.CrossReferences(output, all);
        output.Text("trailer\n<< /Size ").Digits(all.Length).Text(" /Root ").Digits(catalog).Text(" 0 R /ID ");
        var id = output.Length;
        output.Text(Pdf.PdfDocumentWriter.BlankId).Text(" >>\nstartxref\n").Digits(xref).Text("\n%%EOF\n");
        return id;
    }

    private const string EndStream = "\nendstream\nendobj\n\n";

    public static byte[] Attach(byte[] pdf, byte[] xml, LocalDate modified, string title)
    {
        var trailer = Encoding.Latin1.GetString(pdf.AsSpan(pdf.AsSpan().LastIndexOf("trailer"u8)));
        var root = int.Parse(RootRef().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var size = int.Parse(SizeEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var id = IdEntry().Match(trailer).Value;
        var offsets = XrefOffsets(pdf, size);
        var catalog = ObjectBody(pdf, offsets[root]);
        var metadata = int.Parse(MetadataRef().Match(catalog).Groups[1].Value, CultureInfo.InvariantCulture);
        var last = offsets.Skip(1).OrderDescending().Take(2).ToHashSet();
        if (!last.Contains(offsets[root]) || !last.Contains(offsets[metadata]))
        {
            throw new InvalidOperationException("The PDF writer's layout changed: the catalog and the XMP metadata are not the last objects.");
        }

        var output = new MemoryStream(pdf.Length + xml.Length + 8192);
        output.Write(pdf, 0, (int)Math.Min(offsets[root], offsets[metadata]));
        var file = size;
        var spec = size + 1;
        var date = string.Create(CultureInfo.InvariantCulture, $"D:{modified:yyyyMMdd}000000+00'00'");
        offsets[metadata] = Stream(output, metadata, "/Type /Metadata /Subtype /XML", FacturXMetadata.Xmp(title));
        offsets = [.. offsets, 0, 0];
        offsets[file] = Stream(output, file, string.Create(CultureInfo.InvariantCulture, $"/Type /EmbeddedFile /Subtype /text#2Fxml /Params << /Size {xml.Length} /ModDate ({date}) >>"), xml);
        offsets[spec] = Object(output, spec, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Filespec /F ({FacturXMetadata.FileName}) /UF ({FacturXMetadata.FileName}) /Desc (Factur-X) /AFRelationship /Data /EF << /F {file} 0 R /UF {file} 0 R >> >>"));
        var dictionary = catalog.TrimEnd();
        dictionary = dictionary[..dictionary.LastIndexOf(">>", StringComparison.Ordinal)]
            + string.Create(CultureInfo.InvariantCulture, $" /Names << /EmbeddedFiles << /Names [ ({FacturXMetadata.FileName}) {spec} 0 R ] >> >> /AF [ {spec} 0 R ] >>");
        offsets[root] = Object(output, root, dictionary);
        var xref = output.Position;
        var table = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Length}\n0000000000 65535 f \n"));
        foreach (var offset in offsets.Skip(1))
        {
            table.Append(string.Create(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n"));
        }

        table.Append(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Length} /Root {root} 0 R {id} >>\nstartxref\n{xref}\n%%EOF\n"));
        Write(output, table.ToString());
        return output.ToArray();
    }

    /// <summary>The offsets of the cross-reference table (the file's last <c>xref</c>, one section from object 0), read from its bytes.</summary>
    private static long[] XrefOffsets(byte[] pdf, int size)
    {
        var at = pdf.AsSpan().LastIndexOf("\nxref"u8) + 1;
        var lines = Encoding.Latin1.GetString(pdf.AsSpan(at)).Split('\n');
        var offsets = new long[size];
        var header = lines[1].Trim().Split(' ');
        var first = int.Parse(header[0], CultureInfo.InvariantCulture);
        var count = int.Parse(header[1], CultureInfo.InvariantCulture);
        if (first != 0 || count != size)
        {
            throw new InvalidOperationException("The PDF writer's cross-reference table has more than one section.");
        }

        for (var i = 1; i < size; i++)
        {
            offsets[i] = long.Parse(lines[2 + i][..10], CultureInfo.InvariantCulture);
        }

        return offsets;
    }

    private static string ObjectBody(byte[] pdf, long offset)
    {
        var start = (int)offset + pdf.AsSpan((int)offset).IndexOf("obj"u8) + 3;
        var end = start + pdf.AsSpan(start).IndexOf("endobj"u8);
        return Encoding.Latin1.GetString(pdf.AsSpan(start..end)).Trim();
    }

    private static long Object(MemoryStream output, int number, string body)
    {
        var at = output.Position;
        Write(output, string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n\n"));
        return at;
    }

    private static long Stream(MemoryStream output, int number, string entries, byte[] data)
    {
        var at = output.Position;
        Write(output, string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n<< {entries} /Length {data.Length} >>\nstream\n"));
        output.Write(data);
        Write(output, "\nendstream\nendobj\n\n");
        return at;
    }

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    [GeneratedRegex(@"/Root (\d+) 0 R", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RootRef();

    [GeneratedRegex(@"/Size (\d+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/ID \[[^\]]*\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"/Metadata (\d+) 0 R", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetadataRef();
}
