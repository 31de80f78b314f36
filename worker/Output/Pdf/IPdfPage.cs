using UglyToad.PdfPig.Core;

namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>The drawing a document writer does on a page beside text: lines, filled rectangles, fill colours (points, 0–255 components).</summary>
public interface IPdfPage
{
    void DrawLine(PdfPoint from, PdfPoint to, double lineWidth = 1);

    void DrawRectangle(PdfPoint position, double width, double height, double lineWidth = 1, bool fill = false);

    void SetTextAndFillColor(byte r, byte g, byte b);

    void ResetColor();
}
