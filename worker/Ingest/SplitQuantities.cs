using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>The grid operator's names of the ACC split quantities (CSV columns, API <c>type</c> values), case-insensitive.</summary>
public static class SplitQuantities
{
    public static SplitQuantity? Parse(string? text) => HeaderNames.Normalise(text ?? string.Empty) switch
    {
        "cons" => SplitQuantity.Cons,
        "autocons" => SplitQuantity.Autocons,
        "complement" => SplitQuantity.Complement,
        "prod" => SplitQuantity.Prod,
        "autoprod" => SplitQuantity.Autoprod,
        "surplus" => SplitQuantity.Surplus,
        _ => null,
    };
}
