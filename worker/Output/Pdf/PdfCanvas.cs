using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Core;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// A one-page-at-a-time A4 writer with the embedded DejaVu Sans font (<see cref="EmbeddedFont"/>),
/// a text cursor that moves down and opens a new page when needed. Coordinates are points (1/72 in).
/// Every document is PDF/A-3B (embedded font subset, XMP metadata, an sRGB output intent), written
/// byte for byte as PdfPig 0.1.16's <c>PdfDocumentBuilder</c> writes the same drawing
/// (<see cref="PdfPageContent"/>, <see cref="PdfDocumentWriter"/>) without building its object
/// model. Output is deterministic: no document information (no dates), and the trailer's
/// <c>/ID</c> is derived from the SHA-256 of the rest of the file.
/// </summary>
public sealed class PdfCanvas : IPdfCanvas
{
    public const double Left = 42;
    public const double Right = 553;
    private const double Top = 800;
    private const double Bottom = 50;

    private readonly List<PdfPageContent> _pages = [];
    private readonly PdfCharacterCodes _codes = new();
    private PdfPageContent _page;

    public PdfCanvas()
    {
        _page = new PdfPageContent();
        _pages.Add(_page);
        Y = Top;
    }

    public double Y { get; private set; }

    public IPdfPage Page => _page;

    public void Reserve(double height)
    {
        if (Y - height < Bottom)
        {
            NewPage();
        }
    }

    public void Skip(double height) => Y -= height;

    public void NewPage()
    {
        _page = new PdfPageContent();
        _pages.Add(_page);
        Y = Top;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Line(double size, params (double X, string Text)[] cells)
    {
        Reserve(size * 1.5);
        foreach (var (x, raw) in cells)
        {
            var text = PdfText.Drawable(raw);
            var left = x >= 0 ? x : -x - Width(text, size);
            if (!EmbeddedFont.Instance.Draws(text))
            {
                throw new InvalidOperationException($"The embedded font has no glyph box or advance for a character of '{text}'.");
            }

            _page.Text(text, size, left, Y, _codes);
        }

        Y -= size * 1.45;
    }

    /// <summary>
    /// Wraps at the last word that keeps the line within the margins: the width of the line and the
    /// next word is measured on from the line's own (<see cref="EmbeddedFont.Advance(ReadOnlySpan{char}, double, double)"/>),
    /// the same double as measuring the whole line again.
    /// </summary>
    public void Paragraph(double size, string text)
    {
        var line = new StringBuilder();
        var advanced = 0.0;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0)
            {
                var (end, next) = Measure(" " + word, size, advanced);
                if (end > Right - Left)
                {
                    Line(size, (Left, line.ToString()));
                    line.Clear().Append(word);
                    advanced = Measure(word, size, 0).Advanced;
                    continue;
                }

                line.Append(' ').Append(word);
                advanced = next;
                continue;
            }

            line.Append(word);
            advanced = Measure(word, size, 0).Advanced;
        }

        if (line.Length > 0)
        {
            Line(size, (Left, line.ToString()));
        }
    }

    private static (double End, double Advanced) Measure(string text, double size, double advanced) =>
        EmbeddedFont.Instance.Advance(PdfText.Drawable(text), size, advanced)
        ?? throw new InvalidOperationException($"The embedded font has no glyph box or advance for a character of '{text}'.");

    public void Rule()
    {
        _page.DrawLine(new PdfPoint(Left, Y + 9), new PdfPoint(Right, Y + 9), 0.5);
        Y -= 4;
    }

    /// <summary>The width of the drawn text (<see cref="EmbeddedFont.Width"/>, the double PdfPig's <c>MeasureText</c> gives).</summary>
    public double Width(string text, double size) =>
        EmbeddedFont.Instance.Width(PdfText.Drawable(text), size)
        ?? throw new InvalidOperationException($"The embedded font has no glyph box or advance for a character of '{text}'.");

    public byte[] Build() => PdfDocumentWriter.Write(_pages, _codes);

    public byte[] BuildFacturX(byte[] xml, NodaTime.LocalDate issued, string title) =>
        PdfDocumentWriter.Write(_pages, _codes, new FacturX.FacturXPdf.Attachment(xml, issued, title));

    /// <summary>Gives the pages' buffers back to the pool.</summary>
    public void Dispose()
    {
        foreach (var page in _pages)
        {
            page.Dispose();
        }

        _pages.Clear();
    }

    /// <summary>Replaces the trailer <c>/ID [&lt;a&gt; &lt;b&gt;]</c> by hex digits of SHA-256 of the file with the ID blanked (same length).</summary>
    public static byte[] WithContentId(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf("/ID"u8);
        if (at < 0)
        {
            return pdf;
        }

        var open = at + pdf.AsSpan(at).IndexOf((byte)'[');
        var close = open + pdf.AsSpan(open).IndexOf((byte)']');
        var result = (byte[])pdf.Clone();
        var ids = result.AsSpan((open + 1)..close);
        ids.Fill((byte)'0');
        var hash = Convert.ToHexString(SHA256.HashData(result));
        var digits = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var c = (char)pdf[open + 1 + i];
            ids[i] = (byte)(Uri.IsHexDigit(c) ? hash[digits++ % hash.Length] : c);
        }

        return result;
    }
}
