#include <stdio.h>

int main() {
    int n, x, i;
    int even = 0, max, min;
    long sumodd = 0;
    scanf("%d", &n);
    if (n <= 0) {
        printf("no numbers\n");
        return 0;
    }
    scanf("%d", &x);
    max = x;
    min = x;
    if (x % 2 == 0) even++;
    else sumodd += x;
    for (i = 1; i < n; i++) {
        scanf("%d", &x);
        if (x > max) max = x;
        if (x < min) min = x;
        if (x % 2 == 0) even++;
        else sumodd += x;
    }
    printf("evens: %d\n", even);
    printf("odd sum: %ld\n", sumodd);
    printf("range: %d..%d\n", min, max);
    return 0;
}
