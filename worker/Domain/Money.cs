namespace Daisee.Billing.Worker.Domain;

/// <summary>An amount of money. Arithmetic between different currencies throws: it is a bug.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public static Money Euros(decimal amount) => new(amount, "EUR");

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, SameCurrency(a, b));

    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, SameCurrency(a, b));

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    private static string SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency
            ? a.Currency
            : throw new InvalidOperationException($"Cannot mix currencies {a.Currency} and {b.Currency}.");

    public override string ToString() =>
        $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Currency}";
}
