// SPDX-License-Identifier: GPL-3.0-or-later
#include "demorandom.h"

#include <cmath>

namespace teiten {

double DemoRandom::normal()
{
    double u1 = uniform();
    if (u1 < 1e-300)
        u1 = 1e-300;
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

int64_t DemoRandom::poisson(double lambda)
{
    if (lambda <= 0)
        return 0;
    if (lambda < 40) {
        const double limit = std::exp(-lambda);
        double p = 1.0;
        int64_t k = 0;
        do {
            ++k;
            p *= uniform();
        } while (p > limit);
        return k - 1;
    }
    const double v = std::floor(lambda + std::sqrt(lambda) * normal() + 0.5);
    return v < 0 ? 0 : int64_t(v);
}

double DemoRandom::pareto(double alpha, double cap)
{
    const double u = 1.0 - uniform(); // (0, 1]
    const double w = std::pow(u, -1.0 / alpha);
    return w > cap ? cap : w;
}

} // namespace teiten
