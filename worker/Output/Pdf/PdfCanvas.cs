using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// A one-page-at-a-time A4 writer on PdfPig's builder with the embedded DejaVu Sans font (parsed once, <see cref="EmbeddedFont"/>), a text
/// cursor that moves down and opens a new page when needed. Coordinates are points (1/72 in).
/// Every document is PDF/A-3B (PdfPig: embedded font subsets, XMP metadata, an sRGB output intent).
/// Output is deterministic: no document information (no dates), and the trailer's random
/// <c>/ID</c> is replaced by one derived from the SHA-256 of the rest of the file.
/// </summary>
public sealed class PdfCanvas : IDisposable
{
    public const double Left = 42;
    public const double Right = 553;
    private const double Top = 800;
    private const double Bottom = 50;

    private readonly PdfDocumentBuilder _builder = new() { IncludeDocumentInformation = false, ArchiveStandard = PdfAStandard.A3B };
    private readonly EmbeddedFont.Registration _registration;
    private readonly PdfDocumentBuilder.AddedFont _font;
    private readonly HashSet<char> _drawn = [];
    private readonly List<byte> _show = [];
    private NameToken? _pageFont;
    private PdfPageBuilder _page;

    public PdfCanvas()
    {
        _registration = EmbeddedFont.Instance.Register(_builder);
        _font = _registration.Key;
        _page = _builder.AddPage(PageSize.A4);
        Y = Top;
    }

    /// <summary>The baseline of the next line of text.</summary>
    public double Y { get; private set; }

    public PdfPageBuilder Page => _page;

    /// <summary>Makes sure <paramref name="height"/> points fit below the cursor, else opens a page.</summary>
    public void Reserve(double height)
    {
        if (Y - height < Bottom)
        {
            _page = _builder.AddPage(PageSize.A4);
            _pageFont = null;
            Y = Top;
        }
    }

    public void Skip(double height) => Y -= height;

    /// <summary>Starts a new page (each invoice begins on its own page).</summary>
    public void NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _pageFont = null;
        Y = Top;
    }

    /// <summary>
    /// PdfPig's <c>AddText</c>: its first call on a page registers the font in the page's resources;
    /// later calls append the same operations themselves (begin text, font and size, position, one
    /// show-text per run of bytes split before each white space, end text), taking each character's
    /// code from the document's writing font in the same order, without <c>AddText</c> measuring
    /// every letter's outline for a result nobody reads.
    /// </summary>
    private void AddText(string text, double size, double x)
    {
        _drawn.UnionWith(text);
        if (_pageFont is null || !EmbeddedFont.Instance.Draws(text))
        {
            _page.AddText(text, size, new PdfPoint(x, Y), _font);
            _pageFont ??= _page.CurrentStream.Operations.OfType<SetFontAndSize>().LastOrDefault()?.Font;
            return;
        }

        var operations = _page.CurrentStream.Operations;
        operations.Add(BeginText.Value);
        operations.Add(new SetFontAndSize(_pageFont, size));
        operations.Add(new MoveToNextLineWithOffset(x, Y));
        _show.Clear();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                operations.Add(new ShowText(_show.ToArray()));
                _show.Clear();
            }

            _show.Add(_registration.CharacterCode(c));
        }

        if (_show.Count > 0)
        {
            operations.Add(new ShowText(_show.ToArray()));
        }

        operations.Add(EndText.Value);
    }

    /// <summary>Writes cells on one line at the given x positions (a negative x right-aligns the cell at -x).</summary>
    public void Line(double size, params (double X, string Text)[] cells)
    {
        Reserve(size * 1.5);
        foreach (var (x, raw) in cells)
        {
            var text = PdfText.Drawable(raw);
            var left = x >= 0 ? x : -x - Width(text, size);
            AddText(text, size, left);
        }

        Y -= size * 1.45;
    }

    /// <summary>Writes a paragraph wrapped to the page width.</summary>
    public void Paragraph(double size, string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && Width(line + " " + word, size) > Right - Left)
            {
                Line(size, (Left, line.ToString()));
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            Line(size, (Left, line.ToString()));
        }
    }

    public void Rule()
    {
        _page.DrawLine(new PdfPoint(Left, Y + 9), new PdfPoint(Right, Y + 9), 0.5);
        Y -= 4;
    }

    /// <summary>The width of the drawn text (<see cref="EmbeddedFont.Width"/>; PdfPig measures a character the font lacks, and refuses it).</summary>
    public double Width(string text, double size)
    {
        var drawable = PdfText.Drawable(text);
        if (EmbeddedFont.Instance.Width(drawable, size) is { } width)
        {
            return width;
        }

        var letters = _page.MeasureText(drawable, size, new PdfPoint(0, 0), _font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }

    public byte[] Build() => WithContentId(Finish());

    /// <summary>The document as a Factur-X PDF/A-3 carrying <paramref name="xml"/> as <c>factur-x.xml</c>.</summary>
    public byte[] BuildFacturX(byte[] xml, NodaTime.LocalDate issued, string title) => WithContentId(FacturX.FacturXPdf.Attach(Finish(), xml, issued, title));

    /// <summary>PdfPig's document, its font subset taken from the glyphs this document drew (<see cref="EmbeddedFont.Narrow"/>).</summary>
    private byte[] Finish()
    {
        EmbeddedFont.Instance.Narrow(_registration, _drawn);
        return _builder.Build();
    }

    public void Dispose() => _builder.Dispose();

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
