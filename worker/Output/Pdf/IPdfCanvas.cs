namespace Daisee.Billing.Worker.Output.Pdf;

/// <summary>
/// What the document writers draw with: an A4 text cursor that opens pages as needed, lines of
/// cells, wrapped paragraphs, rules, and the page's own drawing (<see cref="IPdfPage"/>).
/// Coordinates are points (1/72 in); <see cref="PdfCanvas"/> writes the file.
/// </summary>
public interface IPdfCanvas : IDisposable
{
    /// <summary>The baseline of the next line of text.</summary>
    double Y { get; }

    IPdfPage Page { get; }

    /// <summary>Makes sure <paramref name="height"/> points fit below the cursor, else opens a page.</summary>
    void Reserve(double height);

    void Skip(double height);

    /// <summary>Starts a new page (each invoice begins on its own page).</summary>
    void NewPage();

    /// <summary>Writes cells on one line at the given x positions (a negative x right-aligns the cell at -x).</summary>
    void Line(double size, params (double X, string Text)[] cells);

    /// <summary>Writes a paragraph wrapped to the page width.</summary>
    void Paragraph(double size, string text);

    void Rule();

    /// <summary>The width of the drawn text at <paramref name="size"/>.</summary>
    double Width(string text, double size);

    byte[] Build();

    /// <summary>The document as a Factur-X PDF/A-3 carrying <paramref name="xml"/> as <c>factur-x.xml</c>.</summary>
    byte[] BuildFacturX(byte[] xml, NodaTime.LocalDate issued, string title);
}
