using MathNet.Numerics.LinearAlgebra;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// Weighted least squares with a ridge penalty per coefficient: minimises
/// Σ wᵢ (yᵢ − xᵢ·β)² + Σ λⱼ βⱼ², solved by Cholesky on MathNet.Numerics matrices.
/// Optional iteratively reweighted rounds (wᵢ / max(|rᵢ|, δ)) turn it into a median (L1) fit,
/// the right centre for a mean absolute error.
/// </summary>
public static class RidgeRegression
{
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> y, IReadOnlyList<double> weights, double[] penalties, int medianRounds = 0)
    {
        var k = penalties.Length;
        var w = weights.ToArray();
        var beta = Solve(rows, y, w, penalties);
        var scale = y.Count == 0 ? 1 : Math.Max(1e-9, y.Average(Math.Abs) * 0.01);
        for (var round = 0; round < medianRounds; round++)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                w[i] = weights[i] / Math.Max(Math.Abs(y[i] - Dot(rows[i], beta)), scale);
            }

            beta = Solve(rows, y, w, penalties);
        }

        return beta.Length == k ? beta : new double[k];
    }

    public static double Dot(double[] x, double[] beta)
    {
        var sum = 0.0;
        for (var j = 0; j < beta.Length; j++)
        {
            sum += x[j] * beta[j];
        }

        return sum;
    }

    private static double[] Solve(IReadOnlyList<double[]> rows, IReadOnlyList<double> y, double[] w, double[] penalties)
    {
        var k = penalties.Length;
        var normal = Matrix<double>.Build.Dense(k, k);
        var right = Vector<double>.Build.Dense(k);
        for (var i = 0; i < rows.Count; i++)
        {
            for (var a = 0; a < k; a++)
            {
                right[a] += w[i] * rows[i][a] * y[i];
                for (var b = 0; b < k; b++)
                {
                    normal[a, b] += w[i] * rows[i][a] * rows[i][b];
                }
            }
        }

        for (var j = 0; j < k; j++)
        {
            normal[j, j] += penalties[j];
        }

        return normal.Cholesky().Solve(right).ToArray();
    }
}
