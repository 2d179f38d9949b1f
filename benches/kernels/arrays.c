/* The kernels of benches/kernels/arrays.go, in C, for the benchmark: the
 * same algorithms over the same static arrays with the same types (unsigned
 * where Go's arithmetic wraps), so that the three modules do the same work
 * and return the same results. C has no bounds checks. Built by compare.py
 * with
 *   clang-16 --target=wasm32 -O2 -mbulk-memory -nostdlib -Wl,--no-entry
 * (-mbulk-memory: clang turns the clearing loop into memset, which is then
 * memory.fill instead of a call to a libc this module does not have).
 */
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

#define SIEVE_MAX (1 << 22)
#define MAT_MAX 160
#define SORT_MAX (1 << 20)
#define REC_MAX (1 << 14)
#define DATA_MAX (1 << 22)

static uint32_t next(uint32_t x) { return x * 1664525u + 1013904223u; }

static _Bool composite[SIEVE_MAX];

EXPORT("sieve") int32_t sieve(int32_t n) {
    for (int32_t i = 0; i < n; i++) {
        composite[i] = 0;
    }
    for (int32_t i = 2; i * i < n; i++) {
        if (!composite[i]) {
            for (int32_t j = i * i; j < n; j += i) {
                composite[j] = 1;
            }
        }
    }
    int32_t count = 0;
    for (int32_t i = 2; i < n; i++) {
        if (!composite[i]) {
            count++;
        }
    }
    return count;
}

static double ma[MAT_MAX][MAT_MAX], mb[MAT_MAX][MAT_MAX], mc[MAT_MAX][MAT_MAX];

EXPORT("matmul") double matmul(int32_t n, int32_t seed) {
    uint32_t x = (uint32_t)seed;
    for (int32_t i = 0; i < n; i++) {
        for (int32_t j = 0; j < n; j++) {
            x = next(x);
            ma[i][j] = (double)(x >> 22) / 64;
            x = next(x);
            mb[i][j] = (double)(x >> 22) / 64;
        }
    }
    for (int32_t i = 0; i < n; i++) {
        for (int32_t j = 0; j < n; j++) {
            double s = 0.0;
            for (int32_t k = 0; k < n; k++) {
                s += ma[i][k] * mb[k][j];
            }
            mc[i][j] = s;
        }
    }
    double sum = 0.0;
    for (int32_t i = 0; i < n; i++) {
        for (int32_t j = 0; j < n; j++) {
            sum += mc[i][j];
        }
    }
    return sum;
}

static int32_t keys[SORT_MAX];

EXPORT("sortkeys") int32_t sortkeys(int32_t n, int32_t shape, int32_t seed) {
    uint32_t x = (uint32_t)seed;
    uint32_t k = 0; /* Go's int32 wraps; unsigned arithmetic does the same */
    for (int32_t i = 0; i < n; i++) {
        x = next(x);
        switch (shape) {
        case 0:
            k = x;
            break;
        case 1:
            k += x >> 28;
            break;
        default:
            k -= x >> 28;
            break;
        }
        keys[i] = (int32_t)k;
    }
    for (int32_t i = 1; i < n; i++) {
        int32_t v = keys[i];
        int32_t j = i - 1;
        while (j >= 0 && keys[j] > v) {
            keys[j + 1] = keys[j];
            j--;
        }
        keys[j + 1] = v;
    }
    uint32_t h = 0;
    for (int32_t i = 0; i < n; i++) {
        h = h * 31 + (uint32_t)keys[i];
    }
    return (int32_t)h;
}

/* Go's int is 64 bits: the slice's length and indexes are int64_t. */
static void fill_keys(int32_t *s, int64_t len, int32_t shape, int32_t seed) {
    uint32_t x = (uint32_t)seed;
    uint32_t k = 0;
    for (int64_t i = 0; i < len; i++) {
        x = next(x);
        switch (shape) {
        case 0:
            k = x;
            break;
        case 1:
            k += x >> 28;
            break;
        default:
            k -= x >> 28;
            break;
        }
        s[i] = (int32_t)k;
    }
}

static void insertion_sort(int32_t *s, int64_t len) {
    for (int64_t i = 1; i < len; i++) {
        int32_t v = s[i];
        int64_t j = i - 1;
        while (j >= 0 && s[j] > v) {
            s[j + 1] = s[j];
            j--;
        }
        s[j + 1] = v;
    }
}

EXPORT("sortslice") int32_t sortslice(int32_t n, int32_t shape, int32_t seed) {
    int32_t *s = keys;
    fill_keys(s, n, shape, seed);
    insertion_sort(s, n);
    uint32_t h = 0;
    for (int64_t i = 0; i < n; i++) {
        h = h * 31 + (uint32_t)s[i];
    }
    return (int32_t)h;
}

typedef struct {
    int32_t f[4];
} record;

static record recs[REC_MAX];

EXPORT("sortrecords") int32_t sortrecords(int32_t n, int32_t seed) {
    uint32_t x = (uint32_t)seed;
    for (int32_t i = 0; i < n; i++) {
        x = next(x);
        recs[i] = (record){{(int32_t)x, i, (int32_t)(x >> 16), -i}};
    }
    for (int32_t i = 1; i < n; i++) {
        record r = recs[i];
        int32_t j = i - 1;
        while (j >= 0 && recs[j].f[0] > r.f[0]) {
            recs[j + 1] = recs[j];
            j--;
        }
        recs[j + 1] = r;
    }
    uint32_t h = 0;
    for (int32_t i = 0; i < n; i++) {
        for (int f = 0; f < 4; f++) {
            h = h * 31 + (uint32_t)recs[i].f[f];
        }
    }
    return (int32_t)h;
}

static uint32_t crc_table[256];
static uint8_t data[DATA_MAX];

/* Go builds its table when the module is initialized; here, on first use,
 * outside the timed crc32. */
static void make_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) {
            c = c & 1 ? 0xedb88320u ^ c >> 1 : c >> 1;
        }
        crc_table[i] = c;
    }
}

EXPORT("crcfill") void crcfill(int32_t n, int32_t seed) {
    if (crc_table[1] == 0) {
        make_table();
    }
    uint32_t x = (uint32_t)seed;
    for (int32_t i = 0; i < n; i++) {
        x = next(x);
        data[i] = (uint8_t)(x >> 24);
    }
}

EXPORT("crc32") uint32_t crc32(int32_t n) {
    uint32_t c = ~0u;
    for (int32_t i = 0; i < n; i++) {
        c = crc_table[(uint8_t)c ^ data[i]] ^ c >> 8;
    }
    return ~c;
}

EXPORT("window") int32_t window(int32_t n, int32_t w) {
    const uint8_t *s = data;
    int32_t best = -1;
    for (int32_t i = 0; i + w <= n; i++) {
        int32_t sum = 0;
        for (int32_t j = i; j < i + w; j++) {
            sum += s[j];
        }
        if (sum > best) {
            best = sum;
        }
    }
    return best;
}
