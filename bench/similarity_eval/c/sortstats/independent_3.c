#include <stdio.h>
#include <string.h>

/* counting sort over a bounded range */
#define LO -10000
#define HI 10000

static int freq[HI - LO + 1];

int main(void)
{
    int x, total = 0, smallest = 0, largest = 0;
    long long acc = 0;
    memset(freq, 0, sizeof(freq));
    while (scanf("%d", &x) == 1) {
        if (x < LO || x > HI) continue;
        freq[x - LO]++;
        acc += x;
        total++;
    }
    if (total == 0) { puts("empty"); return 0; }
    int printed = 0, lower_mid = 0, upper_mid = 0;
    for (int v = LO; v <= HI; v++) {
        for (int c = 0; c < freq[v - LO]; c++) {
            if (printed == 0) smallest = v;
            largest = v;
            if (printed == (total - 1) / 2) lower_mid = v;
            if (printed == total / 2) upper_mid = v;
            printf(printed ? " %d" : "%d", v);
            printed++;
        }
    }
    printf("\nmin %d max %d\n", smallest, largest);
    printf("mean %.2f median %.1f\n", (double)acc / total, (lower_mid + upper_mid) / 2.0);
    return 0;
}
