using System.Collections.Immutable;
using System.Text;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// The <c>env.sh</c> that <c>devchain up</c> writes: <c>export NAME='value'</c> lines, one per
/// <c>DAISEE_*</c> variable, sorted by name, LF line endings. Values never hold a single quote.
/// </summary>
public static class DevchainEnvironment
{
    public const string FileName = "env.sh";

    /// <summary>Writes <paramref name="variables"/> to <paramref name="path"/> atomically (written beside, then moved), so a reader never sees half a file.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var text = new StringBuilder("# Written by `daisee-request devchain up`: source it in the shell that runs daisee-request.\n");
        foreach (var (name, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (value.Contains('\'', StringComparison.Ordinal))
            {
                throw new ArgumentException($"{name} holds a single quote: {value}", nameof(variables));
            }

            text.Append("export ").Append(name).Append("='").Append(value).Append("'\n");
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads back the variables of a file written by <see cref="Write"/>.</summary>
    public static ImmutableDictionary<string, string> Read(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.StartsWith("export ", StringComparison.Ordinal))
            .Select(line => line["export ".Length..].Split('=', 2))
            .ToImmutableDictionary(p => p[0], p => p[1].Trim('\''), StringComparer.Ordinal);
}
