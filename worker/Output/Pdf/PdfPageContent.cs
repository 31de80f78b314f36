using UglyToad.PdfPig.Core;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// One page's content stream, written as PdfPig 0.1.16's <c>PdfPageBuilder</c> writes the same
/// drawing (its <c>AddText</c>, <c>DrawLine</c>, <c>DrawRectangle</c>, <c>SetTextAndFillColor</c>
/// and <c>ResetColor</c>, operator by operator). Coordinates are points.
/// </summary>
public sealed class PdfPageContent : IPdfPage, IDisposable
{
    /// <summary>The page's one font resource, as PdfPig names the first font a page draws with.</summary>
    public const string FontName = "F1";

    private readonly PdfBuffer _content = new(8192);

    /// <summary>Whether a text was drawn (the page then lists the font in its resources).</summary>
    public bool HasText { get; private set; }

    /// <summary>Whether any operation was written (PdfPig writes an empty stream otherwise).</summary>
    public bool HasContent { get; private set; }

    public ReadOnlySpan<byte> Content => _content.WrittenSpan;

    /// <summary>Gives the content's buffer back to the pool (the page is not drawn on afterwards).</summary>
    public void Dispose() => _content.Dispose();

    /// <summary>
    /// <c>AddText</c>: begin text, font and size, position, one show-text per run of character
    /// codes split before each white space (an empty run included), end text.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Text(string text, double size, double x, double y, PdfCharacterCodes codes)
    {
        HasText = HasContent = true;
        _content.Text("BT\n/").Text(FontName).Byte((byte)' ').Number(size).Text(" Tf\n");
        _content.Number(x).Byte((byte)' ').Number(y).Text(" Td\n");
        Span<byte> run = stackalloc byte[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                Show(run[..length]);
                length = 0;
            }

            run[length++] = codes.Code(c);
        }

        if (length > 0)
        {
            Show(run[..length]);
        }

        _content.Text("ET\n");
    }

    public void DrawLine(PdfPoint from, PdfPoint to, double lineWidth = 1)
    {
        HasContent = true;
        LineWidth(lineWidth);
        _content.Number(from.X).Byte((byte)' ').Number(from.Y).Text(" m\n");
        _content.Number(to.X).Byte((byte)' ').Number(to.Y).Text(" l S\n");
        ResetLineWidth(lineWidth);
    }

    public void DrawRectangle(PdfPoint position, double width, double height, double lineWidth = 1, bool fill = false)
    {
        HasContent = true;
        LineWidth(lineWidth);
        _content.Number(position.X).Byte((byte)' ').Number(position.Y).Byte((byte)' ').Number(width).Byte((byte)' ').Number(height).Text(" re\n");
        _content.Text(fill ? "B*\n" : "S\n");
        ResetLineWidth(lineWidth);
    }

    public void SetTextAndFillColor(byte r, byte g, byte b)
    {
        HasContent = true;
        _content.Number(Component(r)).Byte((byte)' ').Number(Component(g)).Byte((byte)' ').Number(Component(b)).Text(" rg\n");
    }

    /// <summary>Stroke and fill back to black (<c>0 G</c>, <c>0 g</c>).</summary>
    public void ResetColor()
    {
        HasContent = true;
        _content.Text("0 G\n0 g\n");
    }

    /// <summary>PdfPig's <c>RgbToDouble</c>: the byte over 255, rounded to 4 decimals.</summary>
    private static double Component(byte value) => Math.Round(Math.Min(1, Math.Max(0, value / (double)byte.MaxValue)), 4);

    private void Show(ReadOnlySpan<byte> codes)
    {
        if (codes.IsEmpty)
        {
            _content.Text("() Tj\n");
            return;
        }

        _content.Hex(codes).Text(" Tj\n");
    }

    private void LineWidth(double lineWidth)
    {
        if (lineWidth != 1)
        {
            _content.Number(lineWidth).Text(" w\n");
        }
    }

    private void ResetLineWidth(double lineWidth)
    {
        if (lineWidth != 1)
        {
            _content.Text("1 w\n");
        }
    }
}
