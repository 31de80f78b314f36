using System.Globalization;
using System.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Column names compared the way the grid operator varies them: case, accents (UTF-8 or
/// Latin-1 "Unité"/"Unite"), BOM and surrounding blanks do not matter.
/// </summary>
public static class HeaderNames
{
    public static string Normalise(string name)
    {
        var decomposed = name.Trim().TrimStart('\uFEFF').Trim().Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }

    /// <summary>Index of the first column whose normalised name starts with one of <paramref name="prefixes"/>, or -1.</summary>
    public static int IndexOf(string[] header, params string[] prefixes)
    {
        for (var i = 0; i < header.Length; i++)
        {
            var name = Normalise(header[i]);
            if (prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }
}
