/* The kernels of benches/kernels/mixed.go, in C: the same algorithms with
 * the same types. Go's string == and range over a string are written out
 * as the loops they stand for (a byte compare, a UTF-8 decoder that
 * accepts what the Go text holds). Built by compare.py with
 *   clang-16 --target=wasm32 -O2 -nostdlib -Wl,--no-entry
 */
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

static int32_t place(uint32_t all, uint32_t cols, uint32_t left, uint32_t right) {
    if (cols == all) {
        return 1;
    }
    int32_t count = 0;
    uint32_t free = all & ~(cols | left | right);
    while (free != 0) {
        uint32_t bit = free & -free;
        free ^= bit;
        count += place(all, cols | bit, (left | bit) << 1, (right | bit) >> 1);
    }
    return count;
}

EXPORT("queens") int32_t queens(int32_t n) {
    uint32_t all = ((uint32_t)1 << (uint32_t)n) - 1;
    return place(all, 0, 0, 0);
}

EXPORT("paths") int64_t paths(int32_t m, int32_t n) {
    if (m == 0 || n == 0) {
        return 1;
    }
    return (paths(m - 1, n) + paths(m, n - 1)) % 1000000007;
}

EXPORT("mandel") int32_t mandel(int32_t size, int32_t iters) {
    int32_t inside = 0;
    for (int32_t py = 0; py < size; py++) {
        double ci = (double)py * 2.5 / (double)size - 1.25;
        for (int32_t px = 0; px < size; px++) {
            double cr = (double)px * 2.5 / (double)size - 2;
            double zr = 0, zi = 0;
            int32_t k = 0;
            for (; k < iters && zr * zr + zi * zi <= 4; k++) {
                double nr = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = nr;
            }
            if (k == iters) {
                inside++;
            }
        }
    }
    return inside;
}

EXPORT("spring") int32_t spring(int32_t steps) {
    float x = 1, v = 0;
    const float dt = 0.001f, k = 40, damping = 0.001f;
    for (int32_t i = 0; i < steps; i++) {
        float a = -k * x - damping * v;
        v += a * dt;
        x += v * dt;
        if (x > 0.5f) {
            x = 0.5f - (x - 0.5f);
            v = -v;
        }
    }
    return (int32_t)(x * 1e6f);
}

#define TEXT_MAX (1 << 20)

static unsigned char text_bytes[TEXT_MAX];
static unsigned char runes_buf[3 * TEXT_MAX];

EXPORT("filltext") void filltext(int32_t n, int32_t seed) {
    uint32_t x = (uint32_t)seed;
    for (int32_t i = 0; i < n; i++) {
        x = x * 1664525 + 1013904223;
        text_bytes[i] = "aab"[(x >> 30) % 3];
    }
}

static int equal(const unsigned char *a, const unsigned char *b, int32_t m) {
    for (int32_t i = 0; i < m; i++) {
        if (a[i] != b[i]) {
            return 0;
        }
    }
    return 1;
}

EXPORT("search") int32_t search(int32_t n, int32_t at, int32_t m) {
    const unsigned char *pattern = text_bytes + at;
    int32_t count = 0;
    for (int32_t i = 0; i + m <= n; i++) {
        if (equal(text_bytes + i, pattern, m)) {
            count++;
        }
    }
    return count;
}

EXPORT("runes") int64_t runes(int32_t n) {
    int32_t len = 0;
    for (int32_t i = 0; i < n; i++) {
        switch (text_bytes[i]) {
        case 'a':
            runes_buf[len++] = 'a';
            break;
        case 'b':
            runes_buf[len++] = 0xc3;
            runes_buf[len++] = 0xa9;
            break;
        default:
            runes_buf[len++] = 0xe2;
            runes_buf[len++] = 0x82;
            runes_buf[len++] = 0xac;
        }
    }
    /* Go's range index is an int: 64 bits. */
    int64_t sum = 0;
    for (int64_t i = 0; i < len;) {
        unsigned char c = runes_buf[i];
        int32_t r, size;
        if (c < 0x80) {
            r = c, size = 1;
        } else if (c < 0xe0) {
            r = (c & 0x1f) << 6 | (runes_buf[i + 1] & 0x3f), size = 2;
        } else {
            r = (c & 0x0f) << 12 | (runes_buf[i + 1] & 0x3f) << 6 | (runes_buf[i + 2] & 0x3f);
            size = 3;
        }
        sum += (int64_t)(i % 7 + 1) * r;
        i += size;
    }
    return sum;
}
