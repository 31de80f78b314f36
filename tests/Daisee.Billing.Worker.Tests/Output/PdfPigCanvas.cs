using System.Text;
using Daisee.Billing.Worker.Output.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>
/// The reference for <see cref="PdfCanvas"/>: the same cursor and layout drawn through PdfPig
/// 0.1.16's own <see cref="PdfDocumentBuilder"/> (its <c>AddTrueTypeFont</c> on the whole font,
/// <c>MeasureText</c>, <c>AddText</c>, <c>DrawLine</c>…), as the worker wrote its documents before
/// it had its own writer. Slow (PdfPig parses and subsets the font per document): tests only.
/// </summary>
public sealed class PdfPigCanvas : IPdfCanvas
{
    private const double Top = 800;
    private const double Bottom = 50;

    private readonly PdfDocumentBuilder _builder = new() { IncludeDocumentInformation = false, ArchiveStandard = PdfAStandard.A3B };
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PigPage _page;

    public PdfPigCanvas()
    {
        _font = _builder.AddTrueTypeFont(EmbeddedFont.Instance.Bytes);
        _page = new PigPage(_builder.AddPage(PageSize.A4));
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
        _page = new PigPage(_builder.AddPage(PageSize.A4));
        Y = Top;
    }

    public void Line(double size, params (double X, string Text)[] cells)
    {
        Reserve(size * 1.5);
        foreach (var (x, raw) in cells)
        {
            var text = PdfText.Drawable(raw);
            var left = x >= 0 ? x : -x - Width(text, size);
            _page.Builder.AddText(text, size, new PdfPoint(left, Y), _font);
        }

        Y -= size * 1.45;
    }

    public void Paragraph(double size, string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && Width(line + " " + word, size) > PdfCanvas.Right - PdfCanvas.Left)
            {
                Line(size, (PdfCanvas.Left, line.ToString()));
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            Line(size, (PdfCanvas.Left, line.ToString()));
        }
    }

    public void Rule()
    {
        _page.Builder.DrawLine(new PdfPoint(PdfCanvas.Left, Y + 9), new PdfPoint(PdfCanvas.Right, Y + 9), 0.5);
        Y -= 4;
    }

    public double Width(string text, double size)
    {
        var letters = _page.Builder.MeasureText(PdfText.Drawable(text), size, new PdfPoint(0, 0), _font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }

    public byte[] Build() => PdfCanvas.WithContentId(_builder.Build());

    public byte[] BuildFacturX(byte[] xml, NodaTime.LocalDate issued, string title) =>
        PdfCanvas.WithContentId(Worker.Output.FacturX.FacturXPdf.Attach(_builder.Build(), xml, issued, title));

    public void Dispose() => _builder.Dispose();

    private sealed class PigPage(PdfPageBuilder builder) : IPdfPage
    {
        public PdfPageBuilder Builder => builder;

        public void DrawLine(PdfPoint from, PdfPoint to, double lineWidth = 1) => builder.DrawLine(from, to, lineWidth);

        public void DrawRectangle(PdfPoint position, double width, double height, double lineWidth = 1, bool fill = false) =>
            builder.DrawRectangle(position, width, height, lineWidth, fill);

        public void SetTextAndFillColor(byte r, byte g, byte b) => builder.SetTextAndFillColor(r, g, b);

        public void ResetColor() => builder.ResetColor();
    }
}
